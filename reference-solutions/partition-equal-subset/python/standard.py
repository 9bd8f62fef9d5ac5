def can_partition(nums):
    total = sum(nums)
    if total % 2 != 0:
        return False
    # Bit s of `reachable` is set when some subset of the elements seen so far sums to s.
    reachable = 1
    for x in nums:
        reachable |= reachable << x
    return (reachable >> (total // 2)) & 1 == 1
