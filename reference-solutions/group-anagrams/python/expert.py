from collections import Counter


def group_anagrams(words):
    # Work once per distinct word: count duplicates in C, sort the distinct words (so each group
    # is built in order), key them with C-level maps, then expand the counts.
    counts = Counter(words)
    distinct = sorted(counts)
    groups = {}
    get = groups.get
    for key, word in zip(map(''.join, map(sorted, distinct)), distinct):
        g = get(key)
        if g is None:
            groups[key] = [word] * counts[word]
        else:
            g += [word] * counts[word]
    result = list(groups.values())
    result.sort()
    return result
