from heapq import heapify, heapreplace


def merge_progressions(progressions, m):
    # A min-heap of plain ints: each key packs (next value, progression index) as
    # value * K + index, so the heap compares single ints; the top is replaced in place by the
    # same progression's next term (one sift per value, never a pop and a push).
    k = len(progressions)
    if k == 0:
        return []
    K = k
    steps = [step * K for _, step in progressions]
    heap = [start * K + i for i, (start, _) in enumerate(progressions)]
    heapify(heap)
    out = []
    add = out.append
    for _ in range(m):
        key = heap[0]
        i = key % K
        add((key - i) // K)
        heapreplace(heap, key + steps[i])
    return out
