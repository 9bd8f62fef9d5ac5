def count_set_bits(nums):
    # Format every number in binary and count the '1' characters.
    total = 0
    for x in nums:
        total += bin(x).count("1")
    return total
