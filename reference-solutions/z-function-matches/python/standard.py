def prefix_matches(text, pattern):
    # Z-function of pattern + separator + text: z[i] is the longest common prefix of the whole
    # string and its suffix at i. The separator (not a letter) stops every match at the
    # pattern's end, so z at text position i is the answer there.
    s = pattern + '#' + text
    n = len(s)
    m = len(pattern)
    z = [0] * n
    l = r = 0
    for i in range(1, n):
        k = 0
        if i < r:
            k = z[i - l]
            if k > r - i:
                k = r - i
        while i + k < n and s[k] == s[i + k]:
            k += 1
        z[i] = k
        if i + k > r:
            l, r = i, i + k
    return z[m + 1:]
