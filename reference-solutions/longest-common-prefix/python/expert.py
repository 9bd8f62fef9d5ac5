def longest_common_prefix(strs):
    # The common prefix of all strings is the common prefix of the smallest and the largest
    # (min and max run in C); then binary search its length with C-level startswith.
    if not strs:
        return ""
    lo = min(strs)
    hi = max(strs)
    a, b = 0, len(lo)
    while a < b:
        mid = (a + b + 1) // 2
        if hi.startswith(lo[:mid]):
            a = mid
        else:
            b = mid - 1
    return lo[:a]
