def min_palindrome_cuts(s):
    # pieces[i] = fewest palindromes that s[:i] splits into; the last piece s[j:i] is tested
    # for every start j by comparing it with its reverse.
    n = len(s)
    pieces = [0] * (n + 1)
    for i in range(1, n + 1):
        best = i
        for j in range(i):
            piece = s[j:i]
            if piece == piece[::-1] and pieces[j] + 1 < best:
                best = pieces[j] + 1
        pieces[i] = best
    return max(0, pieces[n] - 1)
