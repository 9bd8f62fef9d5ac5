def longest_unique_substring(s):
    # Sliding window over last-seen positions. The window only needs measuring when it is
    # about to shrink (and once at the end), so the hot loop is one dict lookup and a store.
    last = {}
    get = last.get
    start = 0
    best = 0
    i = 0
    for c in s:
        p = get(c, -1)
        if p >= start:
            if i - start > best:
                best = i - start
            start = p + 1
        last[c] = i
        i += 1
    if i - start > best:
        best = i - start
    return best
