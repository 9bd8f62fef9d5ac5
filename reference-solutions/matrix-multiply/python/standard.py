from operator import mul


def matrix_multiply(a, b):
    # Transpose b once, then every cell is a dot product of a row and a column, with the
    # multiply-add loop in C via sum(map(mul, ...)).
    cols = list(zip(*b))
    return [[sum(map(mul, row, col)) for col in cols] for row in a]
