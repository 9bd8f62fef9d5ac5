import sys
from operator import add, floordiv


def main():
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    vals = list(map(int, data[2:2 + rows * cols]))
    # Separable blur done by C-level maps: a row's window sums add the row to itself shifted
    # one left and one right (zero-padded), three rows of those sums add up the same way, and
    # the divisor of every cell in a row is the row's height times a per-column width.
    width = [3] * cols
    width[0] = width[-1] = 2
    if cols == 1:
        width = [1]
    across = []
    for r in range(0, rows * cols, cols):
        row = vals[r:r + cols]
        padded = [0, *row, 0]
        across.append(list(map(add, map(add, padded, padded[2:]), row)))
    zeros = [0] * cols
    across.append(zeros)
    divisors = {h: [h * w for w in width] for h in (1, 2, 3)}
    out = []
    prev = zeros
    for r in range(rows):
        cur, nxt = across[r], across[r + 1]
        height = 3 - (r == 0) - (r == rows - 1)
        sums = map(add, map(add, prev, cur), nxt)
        out.append(' '.join(map(str, map(floordiv, sums, divisors[height]))))
        prev = cur
    sys.stdout.write('\n'.join(out) + '\n')


main()
