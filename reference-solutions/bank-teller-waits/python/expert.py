from heapq import heapreplace


def bank_waits(arrivals, services, tellers):
    # A min-heap of the tellers' free times, updated with one heapreplace per customer (the
    # earliest free time is the heap's first element, read before replacing it).
    free = [0] * tellers
    total = 0
    longest = 0
    closing = 0
    for arrival, service in zip(arrivals, services):
        first = free[0]
        if first > arrival:
            wait = first - arrival
            total += wait
            if wait > longest:
                longest = wait
            end = first + service
        else:
            end = arrival + service
        heapreplace(free, end)
        if end > closing:
            closing = end
    return (total, longest, closing)
