import sys
from collections import OrderedDict


def main():
    data = sys.stdin.buffer.read().split()
    c = int(data[0])
    q = int(data[1])
    # OrderedDict keeps entries from least to most recently used. Keys and values stay bytes
    # tokens (no int parsing): equal numbers have equal spellings, and values are printed as read.
    cache = OrderedDict()
    move = cache.move_to_end
    get = cache.get
    out = []
    add = out.append
    pos = 2
    for _ in range(q):
        key = data[pos + 1]
        if data[pos] == b"G":
            pos += 2
            v = get(key)
            if v is None:
                add(b"-1")
            else:
                move(key)
                add(v)
        else:
            if key in cache:
                move(key)
            elif len(cache) == c:
                cache.popitem(False)
            cache[key] = data[pos + 2]
            pos += 3
    if out:
        sys.stdout.buffer.write(b"\n".join(out))
        sys.stdout.buffer.write(b"\n")


main()
