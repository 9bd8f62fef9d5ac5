def count_distinct_windows(s, k):
    # Keep a list of the windows seen so far; each window is looked up in the whole list.
    seen = []
    for i in range(len(s) - k + 1):
        window = s[i:i + k]
        if window not in seen:
            seen.append(window)
    return len(seen)
