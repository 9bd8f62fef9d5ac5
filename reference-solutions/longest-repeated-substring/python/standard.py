def main():
    s = input().strip()
    n = len(s)
    # Suffix array and LCP array (Kasai): a repeated substring is a common prefix of two
    # suffixes adjacent in sorted order, so the answer is the largest LCP; among equal ones the
    # pair earliest in sorted order has the smallest prefix.
    sa = sorted(range(n), key=lambda i: s[i:])
    rank = [0] * n
    for r, i in enumerate(sa):
        rank[i] = r
    lcp = [0] * n  # lcp[r] = common prefix of sa[r - 1] and sa[r]
    h = 0
    for i in range(n):
        if rank[i] > 0:
            j = sa[rank[i] - 1]
            while i + h < n and j + h < n and s[i + h] == s[j + h]:
                h += 1
            lcp[rank[i]] = h
            if h > 0:
                h -= 1
        else:
            h = 0
    best = max(lcp)
    r = lcp.index(best)
    print(best)
    print(s[sa[r]:sa[r] + best])


main()
