import sys
from itertools import repeat
from operator import add, mul

# One read of the raw bytes, then rows are taken one at a time: only one row of heights is ever
# kept. A row's heights are (previous + 1) * bit, computed by C-level maps over the row's bytes
# translated to 0/1.
BITS = bytes.maketrans(b'01', b'\x00\x01')


def main():
    data = sys.stdin.buffer.read()
    eol = data.index(b'\n')
    rows, cols = map(int, data[:eol].split())
    heights = [0] * cols
    best = 0
    for start in range(eol + 1, eol + 1 + rows * (cols + 1), cols + 1):
        bits = data[start:start + cols].translate(BITS)
        heights = list(map(mul, map(add, heights, repeat(1)), bits))
        # Histogram scan: parallel stacks of bar starts and heights above a -1 sentinel; a bar
        # equal to the top is not pushed (the top already extends over it).
        starts = [0]
        tops = [-1]
        for c, h in enumerate(heights):
            start = c
            while tops[-1] > h:
                start = starts.pop()
                area = tops.pop() * (c - start)
                if area > best:
                    best = area
            if h > tops[-1]:
                starts.append(start)
                tops.append(h)
        for k in range(1, len(tops)):
            area = tops[k] * (cols - starts[k])
            if area > best:
                best = area
    sys.stdout.write(f'{best}\n')


main()
