import sys


def main():
    # Batch inversion with prefix and suffix products: the inverse of a[i] is
    # (a[0] * ... * a[i-1]) * (a[i+1] * ... * a[n-1]) / (a[0] * ... * a[n-1]), and only the total
    # is inverted (Fermat).
    data = sys.stdin.read().split()
    n, p = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    prefix = [1] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] * a[i] % p
    suffix = [1] * (n + 1)
    for i in range(n - 1, -1, -1):
        suffix[i] = suffix[i + 1] * a[i] % p
    inv_total = pow(prefix[n], p - 2, p)
    res = [prefix[i] * suffix[i + 1] % p * inv_total % p for i in range(n)]
    print(' '.join(map(str, res)))


main()
