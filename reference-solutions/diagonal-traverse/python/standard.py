from operator import mul


def diagonal_checksum(grid):
    # Shift row r right by r cells (padding with None): cell (r, c) lands in column r + c, so
    # the columns of the padded rows, read by zip, are the anti-diagonals from the top down.
    # Diagonal d holds rows max(0, d - C + 1) .. min(d, R - 1); even ones are read upwards.
    rows = len(grid)
    if rows == 0:
        return 0
    cols = len(grid[0])
    shifted = [[None] * r + row + [None] * (rows - 1 - r) for r, row in enumerate(grid)]
    order = []
    for d, column in enumerate(zip(*shifted)):
        first = max(0, d - cols + 1)
        last = min(d, rows - 1)
        if d % 2 == 0:
            order += column[last : first - 1 if first else None : -1]
        else:
            order += column[first : last + 1]
    return sum(map(mul, order, range(1, len(order) + 1)))
