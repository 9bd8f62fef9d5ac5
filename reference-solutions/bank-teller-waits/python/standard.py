import heapq


def bank_waits(arrivals, services, tellers):
    # A min-heap of the tellers' free times: the earliest is free[0]; replace it with the time
    # the teller is busy until.
    free = [0] * tellers
    total = 0
    longest = 0
    closing = 0
    for arrival, service in zip(arrivals, services):
        start = max(arrival, free[0])
        end = start + service
        heapq.heapreplace(free, end)
        wait = start - arrival
        total += wait
        if wait > longest:
            longest = wait
        if end > closing:
            closing = end
    return (total, longest, closing)
