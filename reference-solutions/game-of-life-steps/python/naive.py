def life_after(grid, k):
    # Every generation is kept as a fresh list of lists of characters; each cell counts its
    # neighbours one by one with bounds checks.
    h = len(grid)
    w = len(grid[0]) if h else 0
    history = [[list(row) for row in grid]]
    for _ in range(k):
        cur = history[-1]
        nxt = []
        for i in range(h):
            row = []
            for j in range(w):
                n = 0
                for di in (-1, 0, 1):
                    for dj in (-1, 0, 1):
                        if di == 0 and dj == 0:
                            continue
                        a = i + di
                        b = j + dj
                        if 0 <= a < h and 0 <= b < w and cur[a][b] == "#":
                            n += 1
                if cur[i][j] == "#":
                    row.append("#" if n == 2 or n == 3 else ".")
                else:
                    row.append("#" if n == 3 else ".")
            nxt.append(row)
        history.append(nxt)
    return ["".join(row) for row in history[-1]]
