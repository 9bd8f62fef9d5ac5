from bisect import bisect_left


def longest_increasing_subsequence(nums):
    # Patience sorting: tails[k] is the smallest last value of a strictly increasing
    # subsequence of length k + 1; tails stays sorted, so each value needs one C-level bisect.
    tails = []
    append = tails.append
    bl = bisect_left
    n = 0
    for x in nums:
        i = bl(tails, x)
        if i == n:
            append(x)
            n += 1
        else:
            tails[i] = x
    return n
