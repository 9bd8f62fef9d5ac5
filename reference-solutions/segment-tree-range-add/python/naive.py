n, q = map(int, input().split())
a = list(map(int, input().split()))
for _ in range(q):
    op = list(map(int, input().split()))
    if op[0] == 1:
        _, l, r, x = op
        for i in range(l - 1, r):
            a[i] += x
    else:
        _, l, r = op
        total = 0
        for i in range(l - 1, r):
            total += a[i]
        print(total)
