import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    q = int(data[1])
    ops = data[2 : 2 + 3 * q : 3]
    xs = list(map(int, data[3 : 3 + 3 * q : 3]))
    ys = list(map(int, data[4 : 4 + 3 * q : 3]))
    # Union by size with path halving (each step points a node at its grandparent), inlined.
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    out = []
    add = out.append
    for op, a, b in zip(ops, xs, ys):
        while parent[a] != a:
            parent[a] = a = parent[parent[a]]
        while parent[b] != b:
            parent[b] = b = parent[parent[b]]
        if op == b"U":
            if a != b:
                if size[a] < size[b]:
                    a, b = b, a
                parent[b] = a
                size[a] += size[b]
        else:
            add(b"YES" if a == b else b"NO")
    if out:
        sys.stdout.buffer.write(b"\n".join(out))
        sys.stdout.buffer.write(b"\n")


main()
