from collections import deque


def completion_times(arrivals, bursts, quantum):
    # A deque of process ids; arrivals up to the end of a slice enter before the preempted one.
    # The next arrival time is kept in a variable (infinity when none is left).
    n = len(arrivals)
    remaining = list(bursts)
    done = [0] * n
    queue = deque()
    time = 0
    nxt = 0
    upcoming = arrivals[0] if n else float("inf")
    while queue or nxt < n:
        if not queue and upcoming > time:
            time = upcoming
        while upcoming <= time:
            queue.append(nxt)
            nxt += 1
            upcoming = arrivals[nxt] if nxt < n else float("inf")
        pid = queue.popleft()
        left = remaining[pid]
        if left > quantum:
            time += quantum
            remaining[pid] = left - quantum
            while upcoming <= time:
                queue.append(nxt)
                nxt += 1
                upcoming = arrivals[nxt] if nxt < n else float("inf")
            queue.append(pid)
        else:
            time += left
            done[pid] = time
    return done
