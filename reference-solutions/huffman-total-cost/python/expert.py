def huffman_cost(freqs):
    # Two queues after one sort: the leaves in sorted order, and the merged weights, which are
    # produced in non-decreasing order, so the two smallest are always at the queues' fronts.
    # Both queues end in infinity (the merged one is preallocated with it), so taking a front
    # needs no bounds test. The pick of a front is written out twice: a helper call would cost
    # more than the pick itself.
    leaves = sorted(freqs)
    n = len(leaves)
    if n < 2:
        return 0
    inf = float("inf")
    leaves.append(inf)
    merged = [inf] * n
    i = j = 0
    total = 0
    for m in range(n - 1):
        a = leaves[i]
        b = merged[j]
        if b < a:
            a = b
            j += 1
        else:
            i += 1
        c = leaves[i]
        b = merged[j]
        if b < c:
            c = b
            j += 1
        else:
            i += 1
        s = a + c
        total += s
        merged[m] = s
    return total
