function mergeProgressions(progressions, m) {
  // The first m values of the merge are among the first m terms of each progression.
  const values = [];
  for (const [start, step] of progressions) {
    for (let t = 0; t < m; t++) values.push(start + t * step);
  }
  values.sort((a, b) => a - b);
  return values.slice(0, m);
}
