import heapq
from collections import Counter


def top_k_frequent(nums, k):
    # Count, then take the k best with a heap: higher count first, then smaller value.
    count = Counter(nums)
    return heapq.nsmallest(k, count, key=lambda v: (-count[v], v))
