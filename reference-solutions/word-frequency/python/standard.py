import sys
from collections import Counter

counts = Counter(sys.stdin.read().split())
top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:10]
for word, count in top:
    print(word, count)
