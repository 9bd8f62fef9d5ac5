def count_pairs(nums, target):
    # One pass: each value pairs with every earlier value equal to its complement.
    seen = {}
    count = 0
    for x in nums:
        count += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    return count
