from itertools import count
from operator import mul


def spiral_checksum(matrix):
    # Take the top row, then turn what is left a quarter counterclockwise (a full copy) so that
    # its right column becomes the new top row; repeat until nothing is left.
    result = []
    rest = [list(row) for row in matrix]
    while rest:
        result.extend(rest[0])
        rest = [list(column) for column in zip(*rest[1:])][::-1]
    return sum(map(mul, result, count(1)))
