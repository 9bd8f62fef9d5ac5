from itertools import compress, islice
from operator import lt


def next_greater(nums):
    # Monotonic stack of indices waiting for a greater element, with a sentinel index whose
    # value is +inf at the bottom so the pop loop needs no emptiness test.
    n = len(nums)
    result = [-1] * n
    ext = nums + [float('inf')]
    stack = [n]
    pop = stack.pop
    # Only an ascent (nums[j-1] < nums[j]) can pop anything: inside a non-increasing run each
    # element just waits. Find the ascents in C; when they are sparse, push whole runs at once
    # with list.extend and run Python code only at the ascents.
    ascents = list(compress(range(1, n), map(lt, nums, islice(nums, 1, None))))
    if 3 * len(ascents) <= n:
        extend = stack.extend
        last = 0
        for j in ascents:
            extend(range(last, j))
            x = nums[j]
            result[pop()] = x  # nums[j-1] < x by definition of an ascent
            while ext[stack[-1]] < x:
                result[pop()] = x
            last = j
        return result
    push = stack.append
    for i, x in enumerate(nums):
        while ext[stack[-1]] < x:
            result[pop()] = x
        push(i)
    return result
