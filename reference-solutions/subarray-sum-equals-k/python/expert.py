from itertools import accumulate


def subarray_sum(nums, k):
    # Prefix sums (computed in C by accumulate); count earlier prefixes equal to p - k.
    prefixes = list(accumulate(nums, initial=0))
    lo = min(prefixes)
    hi = max(prefixes)
    if k > hi - lo or -k > hi - lo:
        return 0
    total = 0
    if hi - lo <= 4 * len(prefixes):
        # Dense range: a plain list indexed by the shifted prefix beats hashing. Shift every
        # prefix by -base so that both p and p - k are valid indices.
        base = lo - k if k > 0 else lo
        cnt = [0] * (hi - lo + 1 + abs(k))
        for p in accumulate(nums, initial=-base):
            total += cnt[p - k]
            cnt[p] += 1
        return total
    seen = {}
    get = seen.get
    for p in prefixes:
        total += get(p - k, 0)
        seen[p] = get(p, 0) + 1
    return total
