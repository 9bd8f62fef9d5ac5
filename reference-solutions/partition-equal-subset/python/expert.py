from bisect import bisect_right


def can_partition(nums):
    total = sum(nums)
    if total & 1:
        return False
    half = total >> 1
    if not nums:
        return True
    pieces = sorted(nums)
    top = pieces[-1]
    if top > half:
        return False
    n = len(pieces)
    if 4 * top <= n:
        # Every value occurs about four times or more on average: c copies of v are covered by
        # the pieces v*1, v*2, v*4, ..., v*rest (binary splitting), about log2(c) shifts
        # instead of c.
        runs = pieces
        pieces = []
        append = pieces.append
        i = 0
        while i < n:
            v = runs[i]
            j = bisect_right(runs, v, i)
            c = j - i
            i = j
            k = 1
            while c > k:
                append(v * k)
                c -= k
                k <<= 1
            append(v * c)
    # Bit s of `bits` is set when some subset of the pieces seen so far sums to s. Pieces are
    # taken in increasing order, which keeps the bitset short for as long as possible.
    bits = 1
    prefix = 0
    check = half
    for w in pieces:
        bits |= bits << w
        prefix += w
        # Testing bit `half` costs a shift of the part above it, so the tests start once the
        # pieces seen add up to half and are spaced out: the distance past half doubles.
        if prefix >= check:
            if bits >> half & 1:
                return True
            check = 2 * prefix - half + 1
    return bits >> half & 1 == 1
