def longest_palindrome(s):
    # Scan end positions: a palindrome of length L ending at i contains one of length L-2
    # ending at i-1, so the best length can only grow by 1 or 2 per step. Each candidate is
    # first filtered by its end characters, then checked in C by comparing a slice of s with
    # the matching slice of the reversed string. The first end reaching a length is the
    # leftmost start of that length.
    n = len(s)
    if n == 0:
        return (0, 0)
    r = s[::-1]
    best, start = 1, 0
    for i in range(1, n):
        a = i - best - 1
        c = s[i]
        if a >= 0 and s[a] == c and s[a:i + 1] == r[n - 1 - i:n - a]:
            start = a
            best += 2
        elif s[a + 1] == c and s[a + 1:i + 1] == r[n - 1 - i:n - a - 1]:
            start = a + 1
            best += 1
    return (best, start)
