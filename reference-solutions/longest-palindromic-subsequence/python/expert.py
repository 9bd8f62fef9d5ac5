def longest_palindromic_subsequence(s):
    # One row per start i, built from the previous one (start i + 1) by walking zip() over the
    # letters and the previous row's two neighbouring entries, no indexing; a match extends
    # the diagonal, otherwise the larger neighbour is kept by a plain comparison, not max().
    # Only the previous row is kept.
    n = len(s)
    if n == 0:
        return 0
    prev = []  # prev[k] = answer for s[i + 1 .. i + 1 + k]
    for i in range(n - 1, -1, -1):
        c = s[i]
        cur = [1]  # cur[k] = answer for s[i .. i + k]
        append = cur.append
        left = 1
        diag = 0  # answer for s[i + 1 .. j - 1], the empty interval first
        for cj, up in zip(s[i + 1:], prev):
            if cj == c:
                left = diag + 2
            elif up > left:
                left = up
            append(left)
            diag = up
        prev = cur
    return prev[-1]
