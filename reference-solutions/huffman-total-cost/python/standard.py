from heapq import heapify, heappop, heapreplace


def huffman_cost(freqs):
    # A min-heap of weights: pop the smallest, then replace the next smallest (the new top) by
    # the sum of the two, n - 1 times.
    heap = list(freqs)
    heapify(heap)
    total = 0
    for _ in range(len(heap) - 1):
        merged = heappop(heap) + heap[0]
        total += merged
        heapreplace(heap, merged)
    return total
