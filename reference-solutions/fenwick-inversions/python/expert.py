def count_inversions(nums):
    # Fenwick tree over value ranks, scanning right to left: each value adds how many smaller
    # values were already seen to its right.
    n = len(nums)
    if n < 2:
        return 0
    rank = {v: r for r, v in enumerate(sorted(set(nums)), 1)}
    size = len(rank)
    tree = [0] * (size + 1)
    total = 0
    for v in reversed(nums):
        r = rank[v] - 1
        # prefix count of ranks <= r, i.e. values strictly smaller than v
        while r:
            total += tree[r]
            r &= r - 1
        r = rank[v]
        while r <= size:
            tree[r] += 1
            r += r & -r
    return total
