def find_occurrences(text, pattern):
    # str.find is a linear-time search in C; restart one past each hit to allow overlaps.
    result = []
    i = text.find(pattern)
    while i != -1:
        result.append(i)
        i = text.find(pattern, i + 1)
    return result
