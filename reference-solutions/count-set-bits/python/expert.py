def count_set_bits(nums):
    # The unbound method mapped over the list: the whole loop runs in C.
    return sum(map(int.bit_count, nums))
