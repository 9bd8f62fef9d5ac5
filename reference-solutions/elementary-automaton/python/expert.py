import sys


def main():
    # The row is one integer, cell i at bit i. The rule's set bits (or, when fewer, its clear
    # bits, complementing the result) become a short list of (left, self, right) patterns; the
    # four (left, self) combinations are built once per step and each pattern costs one AND.
    rule, w, k = map(int, sys.stdin.readline().split())
    row = sys.stdin.readline().strip()
    mask = (1 << w) - 1
    x = int(row[::-1].translate(str.maketrans("#.", "10")), 2)
    flip = bin(rule).count("1") > 4
    wanted = [p for p in range(8) if (rule >> p & 1) != flip]
    if not wanted and k:
        x = mask if flip else 0
        k = 0
    for _ in range(k):
        left = (x << 1) & mask
        right = x >> 1
        nleft = left ^ mask
        nx = x ^ mask
        pairs = (nleft & nx, nleft & x, left & nx, left & x)
        sides = (right ^ mask, right)
        nxt = 0
        for p in wanted:
            nxt |= pairs[p >> 1] & sides[p & 1]
        x = nxt ^ mask if flip else nxt
    sys.stdout.write(bin(x)[2:].zfill(w)[::-1].translate(str.maketrans("10", "#.")) + "\n")


main()
