def edit_distance(a, b):
    # Strip the common prefix and suffix: they never change the distance.
    n, m = len(a), len(b)
    k = 0
    lim = min(n, m)
    while k < lim and a[k] == b[k]:
        k += 1
    a, b = a[k:], b[k:]
    n, m = n - k, m - k
    while n and m and a[n - 1] == b[m - 1]:
        n -= 1
        m -= 1
    a, b = a[:n], b[:m]
    if n < m:
        a, b, n, m = b, a, m, n
    if not m:
        return n
    # Two rows over the shorter string. Neighbouring cells differ by at most 1, so a matching
    # character takes the diagonal value directly; otherwise 1 + the smallest neighbour.
    prev = list(range(m + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        append = cur.append
        left = i
        for cb, diag, up in zip(b, prev, prev[1:]):
            if ca == cb:
                left = diag
            else:
                if up < diag:
                    diag = up
                if left < diag:
                    diag = left
                left = diag + 1
            append(left)
        prev = cur
    return prev[m]
