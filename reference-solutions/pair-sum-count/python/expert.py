from collections import Counter


def count_pairs(nums, target):
    # Count once in C, then pair distinct values: O(n) with a small constant.
    counts = Counter(nums)
    get = counts.get
    total = 0
    for v, c in counts.items():
        w = target - v
        if v < w:
            total += c * get(w, 0)
        elif v == w:
            total += c * (c - 1) // 2
    return total
