function maxIndependentWeight(weights, edges) {
  // Root the tree at node 0 and order it breadth first; the neighbours of each node are found
  // by scanning the whole edge list. Then children before parents:
  // take[v] = weights[v] + sum skip[c], skip[v] = sum max(take[c], skip[c]).
  const n = weights.length;
  const parent = new Array(n).fill(-1);
  const seen = new Array(n).fill(false);
  seen[0] = true;
  const order = [0];
  for (let i = 0; i < order.length; i++) {
    const v = order[i];
    for (const [a, b] of edges) {
      if (a === v && !seen[b]) {
        seen[b] = true;
        parent[b] = v;
        order.push(b);
      } else if (b === v && !seen[a]) {
        seen[a] = true;
        parent[a] = v;
        order.push(a);
      }
    }
  }
  const take = weights.slice();
  const skip = new Array(n).fill(0);
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i];
    const p = parent[v];
    if (p >= 0) {
      take[p] += skip[v];
      skip[p] += Math.max(take[v], skip[v]);
    }
  }
  return Math.max(take[0], skip[0]);
}
