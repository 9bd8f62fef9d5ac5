def completion_times(arrivals, bursts, quantum):
    # The ready queue is a list that only grows (a read index walks along it), every slice is
    # logged as a record, and completion times are read back from the log at the end.
    n = len(arrivals)
    remaining = list(bursts)
    queue = []
    head = 0
    log = []
    time = 0
    nxt = 0  # next process to arrive
    while head < len(queue) or nxt < n:
        if head == len(queue):
            time = max(time, arrivals[nxt])
        while nxt < n and arrivals[nxt] <= time:
            queue.append(nxt)
            nxt += 1
        pid = queue[head]
        head += 1
        run = min(quantum, remaining[pid])
        log.append({"pid": pid, "start": time, "end": time + run})
        time += run
        remaining[pid] -= run
        while nxt < n and arrivals[nxt] <= time:
            queue.append(nxt)
            nxt += 1
        if remaining[pid] > 0:
            queue.append(pid)
    done = [0] * n
    for entry in log:
        done[entry["pid"]] = entry["end"]
    return done
