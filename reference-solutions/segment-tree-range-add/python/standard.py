import sys

input = sys.stdin.readline


class Fenwick:
    def __init__(self, n):
        self.n = n
        self.tree = [0] * (n + 1)

    def add(self, i, x):
        while i <= self.n:
            self.tree[i] += x
            i += i & -i

    def prefix(self, i):
        s = 0
        while i > 0:
            s += self.tree[i]
            i -= i & -i
        return s


def main():
    n, q = map(int, input().split())
    a = list(map(int, input().split()))
    # Range add, range sum with two Fenwick trees over the difference array of the adds:
    # added to the prefix up to p = p * B1.prefix(p) - B2.prefix(p).
    b1 = Fenwick(n + 1)
    b2 = Fenwick(n + 1)

    def range_add(l, r, x):
        b1.add(l, x)
        b1.add(r + 1, -x)
        b2.add(l, x * (l - 1))
        b2.add(r + 1, -x * r)

    def added_prefix(p):
        return p * b1.prefix(p) - b2.prefix(p)

    # The initial array needs no updates: plain prefix sums.
    base = [0] * (n + 1)
    for i in range(n):
        base[i + 1] = base[i] + a[i]
    out = []
    for _ in range(q):
        op = list(map(int, input().split()))
        if op[0] == 1:
            range_add(op[1], op[2], op[3])
        else:
            l, r = op[1], op[2]
            out.append(base[r] - base[l - 1] + added_prefix(r) - added_prefix(l - 1))
    sys.stdout.write("".join(f"{s}\n" for s in out))


main()
