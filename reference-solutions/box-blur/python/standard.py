import sys


def main():
    data = sys.stdin.read().split()
    rows, cols = int(data[0]), int(data[1])
    vals = list(map(int, data[2:2 + rows * cols]))
    image = [vals[r * cols:(r + 1) * cols] for r in range(rows)]
    # Separable blur: sums over each cell's row window, then over three rows of those sums.
    across = []
    for row in image:
        sums = [0] * cols
        for c in range(cols):
            s = row[c]
            if c > 0:
                s += row[c - 1]
            if c + 1 < cols:
                s += row[c + 1]
            sums[c] = s
        across.append(sums)
    width = [min(c + 1, cols - 1) - max(c - 1, 0) + 1 for c in range(cols)]
    out = []
    for r in range(rows):
        lo, hi = max(r - 1, 0), min(r + 1, rows - 1)
        height = hi - lo + 1
        line = []
        for c in range(cols):
            s = 0
            for y in range(lo, hi + 1):
                s += across[y][c]
            line.append(str(s // (height * width[c])))
        out.append(' '.join(line))
    sys.stdout.write('\n'.join(out) + '\n')


main()
