def count_set_bits(nums):
    total = 0
    for x in nums:
        total += x.bit_count()
    return total
