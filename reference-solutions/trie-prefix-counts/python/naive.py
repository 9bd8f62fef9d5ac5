def prefix_counts(words, queries):
    # Test every word against every query.
    counts = []
    for p in queries:
        n = 0
        for w in words:
            if w.startswith(p):
                n += 1
        counts.append(n)
    return counts
