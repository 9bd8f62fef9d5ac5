from itertools import accumulate, repeat
from operator import add, mod

MOD = 1_000_000_007


def count_king_paths(grid):
    # One row of counts. In row i, an open cell j gets above[j] + above[j - 1] (from the row
    # before) plus its left neighbour's new value; along a run of open cells that is a running
    # sum, since the cell before the run is blocked or the border. So each row is one C-level
    # map for the pair sums and one accumulate per run of open cells (split at '#'); counts
    # are reduced modulo MOD once every few rows, while they are still small big ints.
    cols = len(grid[0])
    first = grid[0]
    open_run = len(first.split('#', 1)[0])
    ways = [1] * open_run + [0] * (cols - open_run)
    growth = 0  # bits the entries may have gained since the last reduction
    step = (3 * cols).bit_length()
    for row in grid[1:]:
        pairs = list(map(add, ways, [0] + ways[:-1]))
        if '#' not in row:
            ways = list(accumulate(pairs))
        else:
            ways = pairs
            s = 0
            for part in row.split('#'):
                e = s + len(part)
                if e > s:
                    ways[s:e] = accumulate(pairs[s:e])
                if e < cols:
                    ways[e] = 0
                s = e + 1
        growth += step
        if growth > 60:
            ways = list(map(mod, ways, repeat(MOD)))
            growth = 0
    return ways[-1] % MOD
