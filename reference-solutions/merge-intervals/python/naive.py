def merge_intervals(intervals):
    # Keep a list of disjoint intervals; fold each new interval into every one it overlaps.
    result = []
    for start, end in intervals:
        kept = []
        for a, b in result:
            if b < start or a > end:
                kept.append((a, b))
            else:
                start = min(start, a)
                end = max(end, b)
        kept.append((start, end))
        result = kept
    return sorted(result)
