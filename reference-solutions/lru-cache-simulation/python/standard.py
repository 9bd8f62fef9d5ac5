import sys
from collections import OrderedDict


def main():
    data = sys.stdin.read().split()
    c = int(data[0])
    q = int(data[1])
    # OrderedDict keeps entries from least to most recently used.
    cache = OrderedDict()
    out = []
    pos = 2
    for _ in range(q):
        key = int(data[pos + 1])
        if data[pos] == "G":
            pos += 2
            if key in cache:
                cache.move_to_end(key)
                out.append(cache[key])
            else:
                out.append(-1)
        else:
            if key in cache:
                cache.move_to_end(key)
            elif len(cache) == c:
                cache.popitem(last=False)
            cache[key] = int(data[pos + 2])
            pos += 3
    sys.stdout.write("".join(f"{v}\n" for v in out))


main()
