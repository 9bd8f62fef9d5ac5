def count_distinct_substrings(s):
    # Suffix array and LCP array: every suffix contributes its length minus the longest common
    # prefix with the previous suffix in sorted order (Kasai's algorithm for the LCP array).
    n = len(s)
    sa = sorted(range(n), key=lambda i: s[i:])
    rank = [0] * n
    for r, i in enumerate(sa):
        rank[i] = r
    total = n * (n + 1) // 2
    h = 0
    for i in range(n):
        if rank[i] > 0:
            j = sa[rank[i] - 1]
            while i + h < n and j + h < n and s[i + h] == s[j + h]:
                h += 1
            total -= h
            if h > 0:
                h -= 1
        else:
            h = 0
    return total
