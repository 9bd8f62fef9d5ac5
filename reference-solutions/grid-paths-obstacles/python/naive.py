MOD = 1_000_000_007

R, C = map(int, input().split())
grid = []
for _ in range(R):
    grid.append(input())

dp = [[0] * C for _ in range(R)]
for i in range(R):
    for j in range(C):
        if grid[i][j] == '#':
            dp[i][j] = 0
        elif i == 0 and j == 0:
            dp[i][j] = 1
        else:
            total = 0
            if i > 0:
                total += dp[i - 1][j]
            if j > 0:
                total += dp[i][j - 1]
            dp[i][j] = total % MOD
print(dp[R - 1][C - 1])
