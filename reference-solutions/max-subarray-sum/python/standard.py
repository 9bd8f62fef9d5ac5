def max_subarray_sum(nums):
    # Kadane: cur is the best sum of a subarray that ends at index i.
    best = cur = nums[0]
    for i in range(1, len(nums)):
        cur = cur + nums[i] if cur > 0 else nums[i]
        if cur > best:
            best = cur
    return best
