def diagonal_checksum(grid):
    # Group every cell by its anti-diagonal r + c, then read the groups in order, reversing a
    # copy of every even one (those run upwards), and weigh the values by position.
    diagonals = {}
    for r in range(len(grid)):
        for c in range(len(grid[r])):
            diagonals.setdefault(r + c, []).append(grid[r][c])
    order = []
    for d in range(len(diagonals)):
        if d % 2 == 0:
            order.extend(list(reversed(diagonals[d])))
        else:
            order.extend(diagonals[d])
    total = 0
    for k in range(len(order)):
        total += (k + 1) * order[k]
    return total
