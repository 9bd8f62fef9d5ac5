from operator import add, mod


def pascal_row(n, m):
    # Each row is one C-level map(add) of the previous row against itself shifted by one.
    # Reduction is deferred: an unreduced row stays below m * 2**t after t rows, so reducing
    # once every `every` rows keeps the values within 64 bits.
    every = max(1, 62 - m.bit_length())
    row = [1]
    for i in range(1, n + 1):
        row.append(0)
        row = list(map(add, row, [0, *row[:-1]]))
        if i % every == 0:
            row = list(map(mod, row, [m] * len(row)))
    return [x % m for x in row]
