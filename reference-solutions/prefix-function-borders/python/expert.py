import sys


def main():
    s = sys.stdin.readline().strip()
    n = len(s)
    # Knuth-Morris-Pratt prefix function with the current border length carried in a local
    # (it is pi[i - 1] on entry) and the letter read once per position.
    pi = [0] * n
    k = 0
    for i in range(1, n):
        c = s[i]
        while k and s[k] != c:
            k = pi[k - 1]
        if s[k] == c:
            k += 1
        pi[i] = k
    borders = []
    k = pi[-1]
    while k:
        borders.append(k)
        k = pi[k - 1]
    borders.reverse()
    sys.stdout.write(' '.join(map(str, pi)) + '\n' + ' '.join(map(str, borders)) + '\n')


main()
