def longest_palindrome(s):
    # Expand around each of the 2n-1 centers; strictly longer wins, so ties keep the leftmost.
    n = len(s)
    if n == 0:
        return (0, 0)
    best_len, best_start = 1, 0
    for center in range(2 * n - 1):
        lo = center // 2
        hi = lo + center % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        length = hi - lo - 1
        if length > best_len:
            best_len = length
            best_start = lo + 1
    return (best_len, best_start)
