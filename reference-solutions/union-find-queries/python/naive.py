n, q = map(int, input().split())
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


for _ in range(q):
    op, a, b = input().split()
    ra = find(int(a))
    rb = find(int(b))
    if op == "U":
        if ra != rb:
            # The first group hangs under the second.
            parent[ra] = rb
    else:
        print("YES" if ra == rb else "NO")
