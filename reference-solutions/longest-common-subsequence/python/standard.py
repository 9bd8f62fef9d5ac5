def lcs_length(a, b):
    n, m = len(a), len(b)
    # dp[i][j] = LCS length of the prefixes a[:i] and b[:j].
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        prev, cur, ca = dp[i - 1], dp[i], a[i - 1]
        for j in range(1, m + 1):
            if ca == b[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
    return dp[n][m]
