from collections import deque


def window_maxima(nums, w):
    # Monotonic deque of indices whose values decrease from front to back; the front is
    # the maximum of the current window.
    dq = deque()
    result = []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - w:
            dq.popleft()
        if i >= w - 1:
            result.append(nums[dq[0]])
    return result
