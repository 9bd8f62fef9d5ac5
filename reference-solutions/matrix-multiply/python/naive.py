def matrix_multiply(a, b):
    # For every cell: collect column j of b, then add up row i times that column.
    result = []
    for i in range(len(a)):
        row = []
        for j in range(len(b[0])):
            column = []
            for k in range(len(b)):
                column.append(b[k][j])
            total = 0
            for k in range(len(column)):
                total = total + a[i][k] * column[k]
            row.append(total)
        result.append(row)
    return result
