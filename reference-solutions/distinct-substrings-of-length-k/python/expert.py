P = (1 << 62) - 57  # a prime; two windows collide with probability about n^2 / 2^62


def count_distinct_windows(s, k):
    n = len(s)
    if k > n:
        return 0
    if k <= 320:
        # Short windows: copying and hashing a window in C is cheaper than a Python step.
        return len({s[i:i + k] for i in range(n - k + 1)})
    # Long windows: the window read as a base-256 number modulo a prime P, rolled from one
    # window to the next in O(1); only the hashes are kept, not the windows. The first
    # window's value comes from int.from_bytes, in C.
    codes = s.encode()
    h = int.from_bytes(codes[:k], 'big') % P
    top = pow(256, k, P)
    seen = {h}
    add = seen.add
    for out, c in zip(codes, codes[k:]):
        h = ((h << 8) + c - out * top) % P
        add(h)
    return len(seen)
