def longest_unique_substring(s):
    # Try every start and extend until a character repeats.
    best = 0
    n = len(s)
    for i in range(n):
        seen = set()
        j = i
        while j < n and s[j] not in seen:
            seen.add(s[j])
            j += 1
        if j - i > best:
            best = j - i
    return best
