import sys

input = sys.stdin.readline


def main():
    n, q = map(int, input().split())
    a = list(map(int, input().split()))
    # prefix[i] = a[0] + ... + a[i-1]
    prefix = [0] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] + a[i]
    out = []
    for _ in range(q):
        l, r = map(int, input().split())
        out.append(prefix[r] - prefix[l - 1])
    sys.stdout.write('\n'.join(map(str, out)))
    if out:
        sys.stdout.write('\n')


main()
