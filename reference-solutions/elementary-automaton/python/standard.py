import sys


def main():
    # The row is one integer, cell i at bit i. A step ORs together, for every set bit p of the rule,
    # the cells whose (left, self, right) states spell p; the four (left, self) combinations are
    # built once per step.
    rule, w, k = map(int, sys.stdin.readline().split())
    row = sys.stdin.readline().strip()
    mask = (1 << w) - 1
    x = int(row[::-1].translate(str.maketrans("#.", "10")), 2)
    patterns = [p for p in range(8) if rule >> p & 1]
    for _ in range(k):
        left = (x << 1) & mask
        right = x >> 1
        pairs = ((left ^ mask) & (x ^ mask), (left ^ mask) & x, left & (x ^ mask), left & x)
        nxt = 0
        for p in patterns:
            nxt |= pairs[p >> 1] & (right if p & 1 else right ^ mask)
        x = nxt
    print(bin(x)[2:].zfill(w)[::-1].translate(str.maketrans("10", "#.")))


main()
