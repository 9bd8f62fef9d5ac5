function diagonalChecksum(grid) {
  // Group every cell by its anti-diagonal r + c, then read the groups in order, reversing a
  // copy of every even one (those run upwards), and weigh the values by position.
  const diagonals = new Map();
  grid.forEach((row, r) => {
    row.forEach((value, c) => {
      if (!diagonals.has(r + c)) diagonals.set(r + c, []);
      diagonals.get(r + c).push(value);
    });
  });
  const order = [];
  for (let d = 0; d < diagonals.size; d++) {
    const cells = diagonals.get(d);
    for (const value of d % 2 === 0 ? [...cells].reverse() : cells) order.push(value);
  }
  return order.reduce((total, value, k) => total + (k + 1) * value, 0);
}
