from collections import deque
from itertools import islice


def window_maxima(nums, w):
    # Monotonic deque of values (not indices), non-increasing from front to back; equal
    # values are all kept, so the element leaving the window is at the front exactly when
    # its value equals the front value.
    n = len(nums)
    if n < w:
        return []
    dq = deque()
    pop = dq.pop
    push = dq.append
    for x in islice(nums, w):
        while dq and dq[-1] < x:
            pop()
        push(x)
    out = [dq[0]]
    add = out.append
    popleft = dq.popleft
    clear = dq.clear
    # old leaves as x enters. A new overall maximum empties the deque in one call; otherwise
    # the front is >= x, so the pop loop needs no emptiness test.
    for old, x in zip(nums, islice(nums, w, None)):
        if dq[0] < x:
            clear()
        else:
            while dq[-1] < x:
                pop()
        push(x)
        if dq[0] == old:
            popleft()
        add(dq[0])
    return out
