function lcaQueries(parent, queries) {
  const result = [];
  for (const [u, v] of queries) {
    // Collect all ancestors of u, then climb from v until one of them is met.
    const ancestors = [];
    for (let x = u; x !== -1; x = parent[x]) ancestors.push(x);
    let y = v;
    while (!ancestors.includes(y)) y = parent[y];
    result.push(y);
  }
  return result;
}
