def count_distinct_substrings(s):
    # Suffix array and LCP array: every suffix contributes its length minus its longest common
    # prefix with the previous suffix in sorted order. The suffix array is a C-level sort of
    # the suffixes (memcmp comparisons; their quadratic bytes are small at these sizes). The
    # LCP scan is Kasai's, O(n) amortised, and dominates the cost, so it is kept tight: a
    # sentinel ends every extension without bounds tests, and the predecessor of each suffix is
    # looked up through one precomputed list.
    n = len(s)
    if n == 0:
        return 0
    sa = sorted(range(n), key=lambda i: s[i:])
    before = [0] * n  # before[i] = the suffix just before suffix i in sorted order
    prev = -1
    for i in sa:
        before[i] = prev
        prev = i
    t = s + '\0'
    total = n * (n + 1) // 2
    h = 0
    for i in range(n):
        j = before[i]
        if j < 0:
            h = 0
            continue
        while t[i + h] == t[j + h]:
            h += 1
        total -= h
        if h:
            h -= 1
    return total
