def count_distinct_windows(s, k):
    # A set of the window strings: each window is copied and hashed, O(k) per window.
    return len({s[i:i + k] for i in range(len(s) - k + 1)})
