def edit_distance(a, b):
    memo = {}

    def solve(i, j):
        # Distance between the suffixes a[i:] and b[j:].
        if (i, j) in memo:
            return memo[(i, j)]
        if i == len(a):
            result = len(b) - j
        elif j == len(b):
            result = len(a) - i
        else:
            cost = 0 if a[i] == b[j] else 1
            result = min(solve(i + 1, j) + 1, solve(i, j + 1) + 1, solve(i + 1, j + 1) + cost)
        memo[(i, j)] = result
        return result

    return solve(0, 0)
