function spiralChecksum(matrix) {
  // Take the top row, then turn what is left a quarter counterclockwise (a full copy) so that
  // its right column becomes the new top row; repeat until nothing is left.
  const order = [];
  let rest = matrix.map((row) => [...row]);
  while (rest.length > 0) {
    order.push(...rest[0]);
    const below = rest.slice(1);
    const width = below.length > 0 ? below[0].length : 0;
    const turned = [];
    for (let j = width - 1; j >= 0; j--) turned.push(below.map((row) => row[j]));
    rest = turned;
  }
  return order.reduce((sum, value, k) => sum + (k + 1) * value, 0);
}
