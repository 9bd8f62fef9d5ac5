import sys


def main():
    s = sys.stdin.readline().strip()
    n = len(s)
    # Suffix array by a C-level sort of the suffixes; a repeated substring is a common prefix
    # of two suffixes adjacent in sorted order, so the answer is the largest LCP of adjacent
    # suffixes (Kasai's scan, with a sentinel instead of bounds tests). The first adjacent pair
    # in sorted order that reaches it gives the smallest such substring.
    sa = sorted(range(n), key=lambda i: s[i:])
    before = [0] * n  # before[i] = the suffix just before suffix i in sorted order
    rank = [0] * n
    prev = -1
    for r, i in enumerate(sa):
        before[i] = prev
        rank[i] = r
        prev = i
    t = s + '\0'
    best = 0
    best_rank = 0
    h = 0
    for i in range(n):
        j = before[i]
        if j < 0:
            h = 0
            continue
        while t[i + h] == t[j + h]:
            h += 1
        if h > best or (h == best and rank[i] < best_rank):
            best = h
            best_rank = rank[i]
        if h:
            h -= 1
    first = sa[best_rank]
    sys.stdout.write('%d\n%s\n' % (best, s[first:first + best]))


main()
