def find_occurrences(text, pattern):
    m = len(pattern)
    find = text.find
    i = find(pattern)
    if i == -1:
        return []
    # Smallest period q of the pattern: candidates are where its first few characters recur.
    k = 8 if m > 8 else m
    head = pattern[:k]
    starts = pattern.startswith
    q = pattern.find(head, 1)
    while q != -1 and not starts(pattern[q:]):
        q = pattern.find(head, q + 1)
    if q == -1:
        q = m
        for d in range(m - k + 1 if m > k else 1, m):
            if starts(pattern[d:]):
                q = d
                break
    # Occurrences closer than m apart are a multiple of q apart, and inside a stretch of text
    # with period q they sit exactly every q positions. When two occurrences are q apart, find
    # the end of the stretch by galloping startswith checks against copies of the pattern's last
    # q characters, and emit the whole run as one range.
    tail = pattern[m - q:]
    blocks = [tail]
    n = len(text)
    while 2 * len(blocks[-1]) <= n:
        blocks.append(blocks[-1] * 2)
    top = len(blocks)
    sw = text.startswith
    res = []
    add = res.append
    extend = res.extend
    prev = -n - m
    while i != -1:
        if i - prev != q:
            add(i)
            prev = i
            i = find(pattern, i + 1)
            continue
        pos = i + m
        j = 0
        while j < top and sw(blocks[j], pos):
            pos += q << j
            j += 1
        while j > 0:
            j -= 1
            if sw(blocks[j], pos):
                pos += q << j
        prev = pos - m
        extend(range(i, prev + 1, q))
        i = find(pattern, prev + q + 1)
    return res
