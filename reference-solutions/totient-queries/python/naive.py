import sys


def phi(x):
    # Trial division: for each prime factor p found, multiply by (1 - 1/p).
    result = x
    d = 2
    while d * d <= x:
        if x % d == 0:
            while x % d == 0:
                x //= d
            result -= result // d
        d += 1
    if x > 1:
        result -= result // x
    return result


q = int(sys.stdin.readline())
xs = list(map(int, sys.stdin.readline().split()))
for x in xs:
    print(phi(x))
