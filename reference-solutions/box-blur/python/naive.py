def main():
    rows, cols = map(int, input().split())
    image = [list(map(int, input().split())) for _ in range(rows)]
    out = []
    for r in range(rows):
        line = []
        for c in range(cols):
            total = 0
            count = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    y, x = r + dr, c + dc
                    if 0 <= y < rows and 0 <= x < cols:
                        total += image[y][x]
                        count += 1
            line.append(str(total // count))
        out.append(' '.join(line))
    print('\n'.join(out))


main()
