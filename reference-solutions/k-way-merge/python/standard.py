import heapq
from itertools import count, islice


def merge_progressions(progressions, m):
    # Each progression as an endless iterator; heapq.merge keeps a heap of their heads.
    sequences = [count(start, step) for start, step in progressions]
    return list(islice(heapq.merge(*sequences), m))
