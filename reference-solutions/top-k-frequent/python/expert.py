from collections import Counter
from heapq import nsmallest
from operator import itemgetter, neg


def top_k_frequent(nums, k):
    # Counter counts in C. Then no Python-level key function runs per distinct value:
    # - few wanted: a heap selection over (-count, value) tuples built by zip/map;
    # - many wanted: two C sorts with int keys (values ascending, then a stable sort by
    #   count descending, which keeps equal counts in ascending value order).
    if k <= 0:
        return []
    count = Counter(nums)
    if 32 * k < len(count):
        best = nsmallest(k, zip(map(neg, count.values()), count))
        return list(map(itemgetter(1), best))
    vals = sorted(count)
    vals.sort(key=count.__getitem__, reverse=True)
    return vals[:k]
