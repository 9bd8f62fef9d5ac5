import bisect


def longest_increasing_subsequence(nums):
    # tails[k] = smallest last value of a strictly increasing subsequence of length k + 1.
    tails = []
    for x in nums:
        if not tails or x > tails[-1]:
            tails.append(x)
        else:
            tails[bisect.bisect_left(tails, x)] = x
    return len(tails)
