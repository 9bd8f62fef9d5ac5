import sys


def main():
    data = sys.stdin.read().split()
    n, q = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x):
        # Path compression: every node on the way ends up pointing at the root.
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    out = []
    for i in range(2, 2 + 3 * q, 3):
        op, a, b = data[i], data[i + 1], data[i + 2]
        ra = find(int(a))
        rb = find(int(b))
        if op == "U":
            if ra != rb:
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                size[ra] += size[rb]
        else:
            out.append("YES" if ra == rb else "NO")
    sys.stdout.write("".join(line + "\n" for line in out))


main()
