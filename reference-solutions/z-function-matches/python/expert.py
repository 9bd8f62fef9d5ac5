def prefix_matches(text, pattern):
    # Z-function of pattern + separator + text, as tight as Python allows: a sentinel at the end
    # stops every comparison loop without a bounds test, the length being grown lives in a
    # local, and a position strictly inside the current match box whose mirrored value ends
    # before the box just copies it and moves on.
    m = len(pattern)
    s = pattern + '#' + text + '$'
    n = len(s) - 1
    z = [0] * n
    l = r = 0
    for i in range(1, n):
        if i < r:
            k = z[i - l]
            if k < r - i:
                z[i] = k
                continue
            k = r - i
        else:
            k = 0
        while s[k] == s[i + k]:
            k += 1
        z[i] = k
        if i + k > r:
            l = i
            r = i + k
    return z[m + 1:]
