def min_palindrome_cuts(s):
    # pieces[i] = fewest palindromes that s[:i] splits into. Every palindrome s[l..r] is found
    # by expanding around its centre and offers pieces[r + 1] = pieces[l] + 1; centres go left
    # to right, so pieces[l] is final when read. Sentinels that match nothing end every
    # expansion, so the loops test one character pair and no bounds; the one-letter palindrome
    # of each centre is handled before the loop. The odd and even loops are written out
    # twice on purpose: one shared loop costs a tuple per centre.
    n = len(s)
    if n < 2:
        return 0
    t = '^' + s + '$'  # t[i] = s[i - 1]
    pieces = list(range(n + 1))
    for c in range(1, n + 1):
        v = pieces[c - 1] + 1
        if v < pieces[c]:
            pieces[c] = v
        # Odd palindromes t[l .. r] = s[l - 1 .. r - 1]; they offer pieces[r] <- pieces[l - 1] + 1.
        l = c - 1
        r = c + 1
        while t[l] == t[r]:
            v = pieces[l - 1] + 1
            if v < pieces[r]:
                pieces[r] = v
            l -= 1
            r += 1
        # Even palindromes t[l .. r] with l = c - k, r = c + 1 + k.
        l = c
        r = c + 1
        while t[l] == t[r]:
            v = pieces[l - 1] + 1
            if v < pieces[r]:
                pieces[r] = v
            l -= 1
            r += 1
    return pieces[n] - 1
