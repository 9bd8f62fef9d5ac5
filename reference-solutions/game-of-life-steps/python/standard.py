def life_after(grid, k):
    # The whole board is one integer, cell (r, c) at bit r * (w + 1) + c (one dead guard bit
    # per row keeps rows apart). Each generation adds the 8 shifted boards into a 3-bit
    # counter per cell (c2 marks any count of 4 or more).
    h = len(grid)
    w = len(grid[0]) if h else 0
    if h == 0 or w == 0 or k == 0:
        return list(grid)
    s = w + 1
    to_bits = str.maketrans("#.", "10")
    board = int("".join(row.translate(to_bits)[::-1] + "0" for row in reversed(grid))[:-1], 2)
    mask = int(("0" + "1" * w) * h, 2)
    for _ in range(k):
        c0 = c1 = c2 = 0
        for x in (board << 1, board >> 1, board << s, board >> s, board << (s + 1), board >> (s + 1), board << (s - 1), board >> (s - 1)):
            carry = c0 & x
            c0 ^= x
            carry2 = c1 & carry
            c1 ^= carry
            c2 |= carry2
        # count 3: c0 & c1; count 2: ~c0 & c1 with the cell alive; never c2
        board = c1 & (c0 | board) & mask
        board &= ~c2
    bits = bin(board)[2:].zfill(h * s)[::-1]
    to_cells = str.maketrans("10", "#.")
    return [bits[r * s : r * s + w].translate(to_cells) for r in range(h)]
