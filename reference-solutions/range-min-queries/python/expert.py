def range_min(nums, queries):
    # Sparse table: table[k][i] = min of nums[i .. i + 2^k - 1], each row built in C by map(min)
    # over the previous row and its shift. A query takes the two overlapping blocks of length
    # 2^k, the largest power of two not above its length.
    n = len(nums)
    table = [nums]
    half = 1
    while 2 * half <= n:
        prev = table[-1]
        table.append(list(map(min, prev[: len(prev) - half], prev[half:])))
        half *= 2
    out = []
    add = out.append
    for l, r in queries:
        k = (r - l + 1).bit_length() - 1
        row = table[k]
        a = row[l]
        b = row[r + 1 - (1 << k)]
        add(a if a < b else b)
    return out
