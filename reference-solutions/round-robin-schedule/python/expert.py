from collections import deque


def completion_times(arrivals, bursts, quantum):
    # A deque of process ids with its methods bound to locals; the next arrival time is kept in
    # a local (infinity when none is left), so the common slice costs a few comparisons.
    n = len(arrivals)
    remaining = list(bursts)
    done = [0] * n
    queue = deque()
    push = queue.append
    pop = queue.popleft
    time = 0
    nxt = 0
    inf = float("inf")
    upcoming = arrivals[0] if n else inf
    while True:
        if not queue:
            if nxt == n:
                return done
            if upcoming > time:
                time = upcoming
        while upcoming <= time:
            push(nxt)
            nxt += 1
            upcoming = arrivals[nxt] if nxt < n else inf
        pid = pop()
        left = remaining[pid]
        if left > quantum:
            time += quantum
            remaining[pid] = left - quantum
            while upcoming <= time:
                push(nxt)
                nxt += 1
                upcoming = arrivals[nxt] if nxt < n else inf
            push(pid)
        else:
            time += left
            done[pid] = time
