import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    q = int(data[1])
    # Two Fenwick trees over the difference array d (d[i] = what was added at i and beyond):
    # with B1 holding d[i] and B2 holding d[i] * (i - 1), the added part of the prefix sum up to
    # p is p * sum(B1) - sum(B2). The initial array lives in plain prefix sums.
    base = [0]
    base += accumulate(map(int, data[2 : 2 + n]))
    size = n + 1
    b1 = [0] * (size + 1)
    b2 = [0] * (size + 1)
    out = []
    add = out.append
    pos = 2 + n
    for _ in range(q):
        if data[pos] == b"1":
            l = int(data[pos + 1])
            r1 = int(data[pos + 2]) + 1
            x = int(data[pos + 3])
            pos += 4
            xl = x * (l - 1)
            i = l
            while i <= size:
                b1[i] += x
                b2[i] += xl
                i += i & -i
            xr = x * (r1 - 1)
            i = r1
            while i <= size:
                b1[i] -= x
                b2[i] -= xr
                i += i & -i
        else:
            l = int(data[pos + 1]) - 1
            r = int(data[pos + 2])
            pos += 3
            # added(p) = p * sum b1[..p] - sum b2[..p], for p = r and p = l
            s1 = s2 = 0
            i = r
            while i:
                s1 += b1[i]
                s2 += b2[i]
                i &= i - 1
            t1 = t2 = 0
            i = l
            while i:
                t1 += b1[i]
                t2 += b2[i]
                i &= i - 1
            add(base[r] - base[l] + r * s1 - s2 - l * t1 + t2)
    if out:
        sys.stdout.write("\n".join(map(str, out)))
        sys.stdout.write("\n")


main()
