def merge_intervals(intervals):
    # Sort by start; each interval either extends the last merged one or starts a new one.
    merged = []
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return [tuple(iv) for iv in merged]
