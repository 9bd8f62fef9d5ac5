def longest_unique_substring(s):
    # Sliding window: remember where each character was last seen; when the current
    # character was seen inside the window, move the window start past that position.
    last = {}
    start = 0
    best = 0
    for i, c in enumerate(s):
        if c in last and last[c] >= start:
            start = last[c] + 1
        last[c] = i
        if i - start + 1 > best:
            best = i - start + 1
    return best
