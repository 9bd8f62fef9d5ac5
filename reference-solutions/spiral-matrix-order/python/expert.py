from itertools import accumulate


def spiral_checksum(matrix):
    # One transpose (zip, in C) turns every column into a row, so each side of every ring is a
    # slice of a row: of the matrix for the top and bottom, of the transpose for the right and
    # left sides. No Python step per element: the checksum, which weights s[k] by (k + 1), is
    # N * S less the sum of the prefix sums before the last one (accumulate, in C).
    result = []
    if not matrix:
        return 0
    columns = list(zip(*matrix))
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(columns) - 1
    extend = result.extend
    while top < bottom and left < right:
        extend(matrix[top][left:right])
        extend(columns[right][top:bottom])
        extend(matrix[bottom][right:left:-1])
        extend(columns[left][bottom:top:-1])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    if top == bottom and left <= right:
        extend(matrix[top][left : right + 1])
    elif left == right and top <= bottom:
        extend(columns[left][top : bottom + 1])
    total = sum(result)
    return len(result) * total - sum(accumulate(result[:-1]))
