def bank_waits(arrivals, services, tellers):
    # Every customer gets a record; the teller is found by scanning all tellers' free times, and
    # the three answers are computed from the records at the end.
    free = [0] * tellers
    records = []
    for i in range(len(arrivals)):
        best = 0
        for t in range(1, tellers):
            if free[t] < free[best]:
                best = t
        start = max(arrivals[i], free[best])
        free[best] = start + services[i]
        records.append({"customer": i, "teller": best, "start": start, "end": free[best], "wait": start - arrivals[i]})
    if not records:
        return (0, 0, 0)
    return (sum(r["wait"] for r in records), max(r["wait"] for r in records), max(r["end"] for r in records))
