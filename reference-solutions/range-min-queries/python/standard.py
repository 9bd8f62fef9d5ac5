def range_min(nums, queries):
    # Sparse table: table[k][i] = min of nums[i .. i + 2^k - 1]; a query covers [l, r] with two
    # overlapping blocks of length 2^k, the largest power of two not above its length.
    n = len(nums)
    table = [list(nums)]
    k = 1
    while (1 << k) <= n:
        prev = table[k - 1]
        half = 1 << (k - 1)
        row = []
        for i in range(n - (1 << k) + 1):
            row.append(min(prev[i], prev[i + half]))
        table.append(row)
        k += 1
    out = []
    for l, r in queries:
        k = (r - l + 1).bit_length() - 1
        out.append(min(table[k][l], table[k][r - (1 << k) + 1]))
    return out
