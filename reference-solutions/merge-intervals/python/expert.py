from operator import itemgetter


def merge_intervals(intervals):
    # Sort by start only: a C key function and plain int comparisons, much cheaper than
    # comparing tuples. Ends need no order, the sweep keeps the running maximum. The open
    # interval lives in two locals and tuples are built once per output interval.
    if not intervals:
        return []
    ivs = sorted(intervals, key=itemgetter(0))
    out = []
    add = out.append
    cur_start, cur_end = ivs[0]
    for start, end in ivs:
        if start > cur_end:
            add((cur_start, cur_end))
            cur_start = start
            cur_end = end
        elif end > cur_end:
            cur_end = end
    add((cur_start, cur_end))
    return out
