import sys


def main():
    data = sys.stdin.buffer.read().split()
    R, C = int(data[0]), int(data[1])
    W = C + 1
    # One flat byte string with a wall column after every row and a wall row below the grid:
    # neighbours are p - W, p + W, p - 1, p + 1 with no bounds checks (negative indices wrap
    # into the trailing wall row, and index -1 is a wall too).
    flat = b"#".join(data[2 : 2 + R]) + b"#" + b"#" * W
    start = flat.find(b"S")
    target = flat.find(b"T")
    free = bytearray(flat.translate(bytes.maketrans(b".ST#", b"\x01\x01\x01\x00")))
    free[start] = 0
    # Level-by-level BFS with plain lists; the four neighbours are written out.
    frontier = [start]
    steps = 0
    while frontier:
        steps += 1
        nxt = []
        push = nxt.append
        for p in frontier:
            q = p - W
            if free[q]:
                free[q] = 0
                push(q)
            q = p + W
            if free[q]:
                free[q] = 0
                push(q)
            q = p - 1
            if free[q]:
                free[q] = 0
                push(q)
            q = p + 1
            if free[q]:
                free[q] = 0
                push(q)
        if not free[target]:
            print(steps)
            return
        frontier = nxt
    print(-1)


main()
