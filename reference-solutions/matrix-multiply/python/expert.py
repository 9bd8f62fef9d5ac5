import sys
from itertools import repeat
from operator import add, lshift, mul, sub

_ORDER = sys.byteorder


def matrix_multiply(a, b):
    # Kronecker packing: row k of b becomes ONE big integer holding b[k][0], b[k][1], ...
    # in fixed-width slots. Then row i of the product is a single big-integer dot product
    # sum(a[i][k] * packed[k]), whose slots are c[i][0], c[i][1], ...: CPython's C bigint
    # arithmetic does p multiply-adds per Python-level operation. Same O(n*m*p) work.
    if not a:
        return []
    m = len(b)
    p = len(b[0])
    bmax = max(max(map(abs, map(max, b))), max(map(abs, map(min, b))))
    amax = max(max(map(abs, map(max, a))), max(map(abs, map(min, a))))
    # Shift b by beta so every packed slot is non-negative. Then the slot sum for row i is
    # s = c + beta * sum(a[i]), |s| <= bound - 1; adding bound to every slot keeps them all in
    # [1, 2 * bound), so no slot borrows from or carries into its neighbour.
    beta = bmax
    bound = amax * 2 * bmax * m + 1
    slot = 8 if (2 * bound).bit_length() <= 64 else 16
    to_bytes = int.to_bytes
    packed = [
        int.from_bytes(b''.join(map(to_bytes, map(add, row, repeat(beta)), repeat(slot), repeat(_ORDER))), _ORDER)
        for row in b
    ]
    start = int.from_bytes(to_bytes(bound, slot, _ORDER) * p, _ORDER)
    nbytes = slot * p
    out = []
    push = out.append
    for row in a:
        total = sum(map(mul, row, packed), start)
        words = memoryview(to_bytes(total, nbytes, _ORDER)).cast('Q')
        off = bound + beta * sum(row)
        if slot == 8:
            push(list(map(sub, words, repeat(off, p))))
        else:
            push(list(map(sub, map(add, words[0::2], map(lshift, words[1::2], repeat(64))), repeat(off, p))))
    return out
