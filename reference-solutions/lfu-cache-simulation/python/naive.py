def lfu_cache(capacity, ops):
    # key -> [value, count, time of last use]; eviction scans every entry.
    entries = {}
    time = 0
    results = []
    for kind, key, value in ops:
        time += 1
        if kind == 0:
            if key in entries:
                entry = entries[key]
                entry[1] += 1
                entry[2] = time
                results.append(entry[0])
            else:
                results.append(-1)
        elif key in entries:
            entry = entries[key]
            entry[0] = value
            entry[1] += 1
            entry[2] = time
        else:
            if len(entries) == capacity:
                victim = min(entries, key=lambda k: (entries[k][1], entries[k][2]))
                del entries[victim]
            entries[key] = [value, 1, time]
    return results
