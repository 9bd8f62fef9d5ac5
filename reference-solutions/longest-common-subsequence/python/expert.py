def lcs_length(a, b):
    # Two rows over the shorter string, walked with zip (no indexing) and plain comparisons
    # instead of max(): a match extends the diagonal, otherwise keep the larger neighbour.
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        append = cur.append
        left = 0
        for cb, diag, up in zip(b, prev, prev[1:]):
            if ca == cb:
                left = diag + 1
            elif up > left:
                left = up
            append(left)
        prev = cur
    return prev[-1]
