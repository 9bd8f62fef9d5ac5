def prefix_matches(text, pattern):
    # Compare the pattern with the text letter by letter at every position.
    n = len(text)
    m = len(pattern)
    result = []
    for i in range(n):
        k = 0
        while k < m and i + k < n and text[i + k] == pattern[k]:
            k += 1
        result.append(k)
    return result
