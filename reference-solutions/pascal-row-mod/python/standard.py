def pascal_row(n, m):
    # Only the previous row is kept; each inner entry of the next row adds two neighbours.
    one = 1 % m
    row = [one]
    for _ in range(n):
        row = [one, *[(a + b) % m for a, b in zip(row, row[1:])], one]
    return row
