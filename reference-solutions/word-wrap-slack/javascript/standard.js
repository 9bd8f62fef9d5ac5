function wrapSlack(text, width) {
  // Take the next width + 1 characters as a window and cut it at its last space: that space
  // ends the line (a window ending in a space means the line is exactly full).
  const n = text.length;
  if (n === 0) return [0, 0];
  let lines = 1;
  let slack = 0;
  let start = 0;
  while (n - start > width) {
    const cut = text.slice(start, start + width + 1).lastIndexOf(' ');
    slack += (width - cut) ** 2;
    start += cut + 1;
    lines++;
  }
  return [lines, slack];
}
