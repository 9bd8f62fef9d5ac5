def can_partition(nums):
    total = sum(nums)
    if total % 2 != 0:
        return False
    target = total // 2
    # Every subset sum reachable with the elements seen so far.
    reachable = {0}
    for x in nums:
        reachable = reachable | {s + x for s in reachable}
    return target in reachable
