def lcs_length(a, b):
    memo = {}

    def solve(i, j):
        # LCS length of the suffixes a[i:] and b[j:].
        if i == len(a) or j == len(b):
            return 0
        if (i, j) in memo:
            return memo[(i, j)]
        if a[i] == b[j]:
            result = 1 + solve(i + 1, j + 1)
        else:
            result = max(solve(i + 1, j), solve(i, j + 1))
        memo[(i, j)] = result
        return result

    return solve(0, 0)
