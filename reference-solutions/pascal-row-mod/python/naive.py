def pascal_row(n, m):
    # Build the whole triangle, row by row, and keep every row.
    triangle = []
    for i in range(n + 1):
        row = []
        for k in range(i + 1):
            if k == 0 or k == i:
                row.append(1 % m)
            else:
                row.append((triangle[i - 1][k - 1] + triangle[i - 1][k]) % m)
        triangle.append(row)
    return triangle[n]
