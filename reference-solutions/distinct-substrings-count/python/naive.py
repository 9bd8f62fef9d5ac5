def count_distinct_substrings(s):
    # Sort all suffixes; each one adds its length minus the common prefix it shares with the
    # suffix before it, measured letter by letter.
    n = len(s)
    suffixes = sorted(s[i:] for i in range(n))
    total = 0
    prev = ''
    for suf in suffixes:
        common = 0
        while common < len(prev) and common < len(suf) and prev[common] == suf[common]:
            common += 1
        total += len(suf) - common
        prev = suf
    return total
