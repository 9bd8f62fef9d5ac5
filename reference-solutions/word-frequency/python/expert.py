import sys
from collections import Counter
from heapq import nlargest
from itertools import compress
from operator import itemgetter

counts = Counter(sys.stdin.buffer.read().split())
if counts:
    # Only words whose count reaches the 10th largest count can be printed: pick them in C,
    # sort them by word, then (stable) by count descending.
    tenth = nlargest(10, counts.values())[-1]
    top = sorted(compress(counts.items(), map(tenth.__le__, counts.values())))
    top.sort(key=itemgetter(1), reverse=True)
    sys.stdout.write("".join(["%s %d\n" % (w.decode(), c) for w, c in top[:10]]))
