from itertools import count
from operator import mul


def spiral_checksum(matrix):
    # Walk the boundary of the part not yet visited and shrink it: rows as slices, columns read
    # element by element; then weight the list by position.
    result = []
    if not matrix:
        return 0
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        result.extend(matrix[top][left : right + 1])
        result.extend([row[right] for row in matrix[top + 1 : bottom + 1]])
        if top < bottom and left < right:
            result.extend(matrix[bottom][left:right][::-1])
            result.extend([row[left] for row in matrix[bottom - 1 : top : -1]])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return sum(map(mul, result, count(1)))
