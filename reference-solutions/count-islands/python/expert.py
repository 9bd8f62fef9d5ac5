import sys


def main():
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    # The grid as one flat bytearray: every row followed by a water cell, and a water row above
    # and below, so the neighbours of cell i are i - 1, i + 1, i - w, i + w with no bounds
    # tests. A land cell is turned into water when it is pushed, so the grid is its own visited
    # set; bytearray.find jumps to the next unvisited land cell in C.
    w = cols + 1
    pad = b'.' * w
    g = bytearray(pad + b'.'.join(data[2:2 + rows]) + b'.' + pad)
    islands = 0
    largest = 0
    pos = g.find(b'#')
    while pos >= 0:
        islands += 1
        g[pos] = 46
        stack = [pos]
        push = stack.append
        pop = stack.pop
        size = 0
        while stack:
            i = pop()
            size += 1
            j = i - 1
            if g[j] == 35:
                g[j] = 46
                push(j)
            j = i + 1
            if g[j] == 35:
                g[j] = 46
                push(j)
            j = i - w
            if g[j] == 35:
                g[j] = 46
                push(j)
            j = i + w
            if g[j] == 35:
                g[j] = 46
                push(j)
        if size > largest:
            largest = size
        pos = g.find(b'#', pos + 1)
    sys.stdout.write(f'{islands} {largest}\n')


main()
