import sys


def main():
    # Batch inversion: prefix products, one inverse of the total (pow with exponent -1), then a
    # backward pass in which inv holds the inverse of a[0] * ... * a[i]. Loops walk values, not
    # indices; the results come out reversed and are turned round once.
    data = sys.stdin.buffer.read().split()
    n, p = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    prefix = [1]
    push = prefix.append
    x = 1
    for v in a:
        x = x * v % p
        push(x)
    inv = pow(x, -1, p)
    prefix.pop()
    out = []
    push = out.append
    for v, before in zip(reversed(a), reversed(prefix)):
        push(before * inv % p)
        inv = inv * v % p
    out.reverse()
    sys.stdout.write(' '.join(map(str, out)))
    sys.stdout.write('\n')


main()
