def max_subarray_sum(nums):
    # Kadane with plain comparisons (calls to max() cost more than the rest of the loop body)
    # and direct iteration instead of indexing.
    it = iter(nums)
    best = cur = next(it)
    for x in it:
        if cur > 0:
            cur += x
        else:
            cur = x
        if cur > best:
            best = cur
    return best
