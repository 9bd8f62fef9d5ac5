import sys
from itertools import accumulate
from operator import sub


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    q = int(data[1])
    # after[i] = a[0] + ... + a[i-1] (sum up to 1-based position i); before[l] = after[l - 1].
    after = [0]
    after += accumulate(map(int, data[2:2 + n]))
    before = [0]
    before += after
    queries = data[2 + n:2 + n + 2 * q]
    # Everything below runs in C: int parsing, both lookups, the subtraction, formatting.
    sums = map(sub, map(after.__getitem__, map(int, queries[1::2])), map(before.__getitem__, map(int, queries[0::2])))
    out = '\n'.join(map(str, sums))
    if out:
        sys.stdout.write(out)
        sys.stdout.write('\n')


main()
