def top_k_frequent(nums, k):
    # Count with parallel lists, then sort everything by (-count, value).
    values = []
    counts = []
    for x in nums:
        if x in values:
            counts[values.index(x)] += 1
        else:
            values.append(x)
            counts.append(1)
    pairs = sorted(zip(values, counts), key=lambda p: (-p[1], p[0]))
    return [v for v, c in pairs[:k]]
