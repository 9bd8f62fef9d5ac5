from bisect import bisect_left


def prefix_counts(words, queries):
    # In sorted order the words starting with p form one block: from the first word >= p to
    # the first word >= p + "{" ("{" sorts right after "z").
    ordered = sorted(words)
    counts = []
    for p in queries:
        lo = bisect_left(ordered, p)
        hi = bisect_left(ordered, p + "{")
        counts.append(hi - lo)
    return counts
