def range_min(nums, queries):
    out = []
    for l, r in queries:
        best = nums[l]
        for i in range(l + 1, r + 1):
            if nums[i] < best:
                best = nums[i]
        out.append(best)
    return out
