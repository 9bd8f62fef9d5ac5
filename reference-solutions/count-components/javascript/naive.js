function countComponents(n, edges) {
  // Give every node a label; merging two components relabels one of them everywhere.
  const label = [];
  for (let i = 0; i < n; i++) label.push(i);
  for (const [u, v] of edges) {
    const a = label[u];
    const b = label[v];
    if (a !== b) {
      for (let i = 0; i < n; i++) {
        if (label[i] === b) label[i] = a;
      }
    }
  }
  const distinct = [];
  for (const l of label) if (!distinct.includes(l)) distinct.push(l);
  return distinct.length;
}
