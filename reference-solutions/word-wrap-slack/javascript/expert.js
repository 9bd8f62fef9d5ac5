function wrapSlack(text, width) {
  // Jump a line at a time: the line starting at `start` ends at the last space at or before
  // start + width (lastIndexOf scans only the last word). Nothing is split or copied.
  const n = text.length;
  if (n === 0) return [0, 0];
  let lines = 1;
  let slack = 0;
  let start = 0;
  while (n - start > width) {
    const cut = text.lastIndexOf(' ', start + width);
    const gap = width + start - cut;
    slack += gap * gap;
    start = cut + 1;
    lines++;
  }
  return [lines, slack];
}
