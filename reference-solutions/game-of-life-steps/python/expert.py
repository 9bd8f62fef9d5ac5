def life_after(grid, k):
    # The whole board is one integer, cell (r, c) at bit r * (w + 1) + c (one dead guard bit
    # per row keeps rows apart), so every generation is about 30 big-integer operations.
    # Neighbour counts are built from row sums: horizontal 3-sums (left, self, right) of the
    # rows above and below, the 2-sum (left, right) of the row itself; a cell lives next when
    # the count is 3, or 2 and it is alive.
    h = len(grid)
    w = len(grid[0]) if h else 0
    if h == 0 or w == 0 or k == 0:
        return list(grid)
    s = w + 1
    to_bits = str.maketrans("#.", "10")
    board = int("".join(row.translate(to_bits)[::-1] + "0" for row in reversed(grid))[:-1], 2)
    mask = int(("0" + "1" * w) * h, 2)
    for _ in range(k):
        lft = board << 1
        rgt = board >> 1
        x = lft ^ board
        h0 = x ^ rgt  # bit 0 of left + self + right
        h1 = (lft & board) | (x & rgt)  # bit 1
        m0 = lft ^ rgt
        m1 = lft & rgt
        u0 = h0 << s
        d0 = h0 >> s
        u1 = h1 << s
        d1 = h1 >> s
        t = u0 ^ m0
        a0 = t ^ d0  # bit 0 of the count
        c = (u0 & m0) | (t & d0)  # carry into the 2s
        # the 2s place holds u1 + m1 + d1 + c; the count is 2 or 3 exactly when that sum is 1:
        # odd parity without a pair both set (three set bits always contain such a pair).
        live = (u1 ^ m1 ^ d1 ^ c) & (a0 | board) & mask
        board = live ^ (live & ((u1 & m1) | (d1 & c)))
    bits = bin(board)[2:].zfill(h * s)[::-1]
    to_cells = str.maketrans("10", "#.")
    return [bits[r * s : r * s + w].translate(to_cells) for r in range(h)]
