def merge_progressions(progressions, m):
    # The first m values of the merge are among the first m terms of each progression.
    values = []
    for start, step in progressions:
        for t in range(m):
            values.append(start + t * step)
    values.sort()
    return values[:m]
