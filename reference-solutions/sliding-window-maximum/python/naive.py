def window_maxima(nums, w):
    # Take the max of every window slice.
    result = []
    for i in range(len(nums) - w + 1):
        result.append(max(nums[i:i + w]))
    return result
