def min_palindrome_cuts(s):
    # pieces[i] = fewest palindromes that s[:i] splits into. Every palindrome s[l..r] is found
    # by expanding around its centre; it offers pieces[r + 1] = pieces[l] + 1. Centres are taken
    # left to right, so pieces[l] is final when it is read.
    n = len(s)
    pieces = list(range(n + 1))
    for c in range(n):
        for l, r in ((c, c), (c, c + 1)):
            while l >= 0 and r < n and s[l] == s[r]:
                if pieces[l] + 1 < pieces[r + 1]:
                    pieces[r + 1] = pieces[l] + 1
                l -= 1
                r += 1
    return max(0, pieces[n] - 1)
