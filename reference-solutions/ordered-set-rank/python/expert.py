import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    kinds = data[1 : 1 + 2 * q : 2]
    args = map(int, data[2 : 2 + 2 * q : 2])
    # The set as a sorted list: bisect (C) finds positions; insert and delete shift pointers
    # with memmove, cheap at these sizes. Membership comes from a hash set, not a comparison.
    items = []
    members = set()
    out = []
    add = out.append
    for t, x in zip(kinds, args):
        if t == b"1":
            if x not in members:
                members.add(x)
                items.insert(bisect_left(items, x), x)
        elif t == b"2":
            if x in members:
                members.remove(x)
                del items[bisect_left(items, x)]
        elif t == b"3":
            add(bisect_left(items, x))
        else:
            add(items[x - 1] if x <= len(items) else -1)
    if out:
        sys.stdout.write("\n".join(map(str, out)))
        sys.stdout.write("\n")


main()
