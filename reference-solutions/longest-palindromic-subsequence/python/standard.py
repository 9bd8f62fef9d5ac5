def longest_palindromic_subsequence(s):
    # Two rows: prev[j] = answer for s[i + 1 .. j], cur[j] = answer for s[i .. j].
    n = len(s)
    if n == 0:
        return 0
    prev = [0] * n
    for i in range(n - 1, -1, -1):
        c = s[i]
        cur = [0] * n
        cur[i] = 1
        for j in range(i + 1, n):
            if s[j] == c:
                cur[j] = prev[j - 1] + 2
            elif prev[j] > cur[j - 1]:
                cur[j] = prev[j]
            else:
                cur[j] = cur[j - 1]
        prev = cur
    return prev[n - 1]
