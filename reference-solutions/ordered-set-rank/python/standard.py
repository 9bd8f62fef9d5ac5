import sys
from bisect import bisect_left


def main():
    data = sys.stdin.read().split()
    q = int(data[0])
    # The set as a sorted list: binary search for rank and membership, index for k-th.
    items = []
    out = []
    for k in range(q):
        t = data[1 + 2 * k]
        x = int(data[2 + 2 * k])
        if t == "1":
            i = bisect_left(items, x)
            if i == len(items) or items[i] != x:
                items.insert(i, x)
        elif t == "2":
            i = bisect_left(items, x)
            if i < len(items) and items[i] == x:
                del items[i]
        elif t == "3":
            out.append(bisect_left(items, x))
        else:
            out.append(items[x - 1] if x <= len(items) else -1)
    sys.stdout.write("".join(f"{v}\n" for v in out))


main()
