from collections import Counter
from operator import itemgetter


def prefix_counts(words, queries):
    # For each length k some query has, count every word's first k letters in one C-level
    # pass: Counter(map(itemgetter(slice(0, k)), words)) (for k = 1 plain indexing, which
    # returns CPython's cached one-letter strings). A word shorter than k yields itself, with a
    # count that is wrong for a query of its own length; taking lengths longest first lets the
    # pass of that length overwrite it. Then one lookup per query.
    counts = {}
    for k in sorted({len(p) for p in queries}, reverse=True):
        if k == 0:
            counts[""] = len(words)
        else:
            counts.update(Counter(map(itemgetter(slice(0, k) if k > 1 else 0), words)))
    return list(map(counts.get, queries, [0] * len(queries)))
