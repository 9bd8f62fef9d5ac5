from collections import defaultdict


def group_anagrams(words):
    # Anagrams share the same sorted letters: use that as a dictionary key.
    groups = defaultdict(list)
    for word in words:
        groups[''.join(sorted(word))].append(word)
    result = [sorted(group) for group in groups.values()]
    result.sort()
    return result
