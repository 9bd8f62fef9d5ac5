from collections import OrderedDict


def lfu_cache(capacity, ops):
    # value and count per key; buckets[c] holds the keys with count c, least recently used
    # first. min_count only ever drops back to 1 (on an insert), so it is tracked exactly.
    values = {}
    counts = {}
    buckets = {}
    min_count = 0
    results = []
    add = results.append
    for kind, key, value in ops:
        c = counts.get(key)
        if c is None:
            if kind == 0:
                add(-1)
                continue
            if len(values) == capacity:
                bucket = buckets[min_count]
                victim = bucket.popitem(False)[0]
                if not bucket:
                    del buckets[min_count]
                del values[victim]
                del counts[victim]
            values[key] = value
            counts[key] = 1
            b = buckets.get(1)
            if b is None:
                buckets[1] = b = OrderedDict()
            b[key] = None
            min_count = 1
            continue
        # A use: move the key from bucket c to bucket c + 1.
        bucket = buckets[c]
        del bucket[key]
        if not bucket:
            del buckets[c]
            if min_count == c:
                min_count = c + 1
        counts[key] = c + 1
        b = buckets.get(c + 1)
        if b is None:
            buckets[c + 1] = b = OrderedDict()
        b[key] = None
        if kind == 0:
            add(values[key])
        else:
            values[key] = value
    return results
