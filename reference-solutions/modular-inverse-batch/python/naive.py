import sys

# Fermat's little theorem for each number on its own: a^(p-2) is the inverse of a mod p.
n, p = map(int, sys.stdin.readline().split())
a = list(map(int, sys.stdin.readline().split()))
print(' '.join(str(pow(x, p - 2, p)) for x in a))
