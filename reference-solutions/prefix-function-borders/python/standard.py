def main():
    s = input().strip()
    n = len(s)
    # Knuth-Morris-Pratt prefix function: the border of s[:i + 1] extends a border of s[:i],
    # and the borders of s[:i] are pi[i - 1], pi[pi[i - 1] - 1], ...
    pi = [0] * n
    for i in range(1, n):
        j = pi[i - 1]
        while j > 0 and s[i] != s[j]:
            j = pi[j - 1]
        if s[i] == s[j]:
            j += 1
        pi[i] = j
    # The borders of s are the same chain from pi[n - 1].
    borders = []
    k = pi[n - 1]
    while k > 0:
        borders.append(k)
        k = pi[k - 1]
    borders.reverse()
    print(' '.join(map(str, pi)))
    print(' '.join(map(str, borders)))


main()
