def next_greater(nums):
    # For each element, scan to the right until something bigger shows up.
    n = len(nums)
    result = []
    for i in range(n):
        found = -1
        for j in range(i + 1, n):
            if nums[j] > nums[i]:
                found = nums[j]
                break
        result.append(found)
    return result
