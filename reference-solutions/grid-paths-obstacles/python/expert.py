import sys
from itertools import accumulate

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    # ways[j] = paths to (i, j). Within a row, a run of open cells s..e-1 gets the running sum
    # of the previous row's values over the run (the cell left of the run is blocked or the
    # border), so each run is one C-level accumulate; blocked cells become 0.
    ways = [0] * cols
    ways[0] = 1
    zeros = [0]
    bound_bits = 0  # entries are below MOD * 2**bound_bits
    step = cols.bit_length()
    for row in data[2:2 + rows]:
        if b'#' not in row:
            ways = list(accumulate(ways))
        else:
            s = 0
            for part in row.split(b'#'):
                e = s + len(part)
                if e > s:
                    ways[s:e] = accumulate(ways[s:e])
                if e < cols:
                    ways[e] = 0
                s = e + 1
        bound_bits += step
        if bound_bits > 120:
            ways = [x % MOD for x in ways]
            bound_bits = 0
    sys.stdout.write('%d\n' % (ways[-1] % MOD))


main()
