function sccLabels(n, edges) {
  // Kosaraju: order nodes by finishing time in a search of the graph, then search the reversed
  // graph in decreasing finishing time; each search collects one component.
  const graph = Array.from({ length: n }, () => []);
  const reverse = Array.from({ length: n }, () => []);
  for (let e = 0; e < edges.length; e++) {
    const u = edges[e][0];
    const v = edges[e][1];
    graph[u].push(v);
    reverse[v].push(u);
  }
  const visited = new Array(n).fill(false);
  const finished = [];
  for (let s = 0; s < n; s++) {
    if (visited[s]) continue;
    visited[s] = true;
    const nodes = [s];
    const next = [0];
    while (nodes.length > 0) {
      const top = nodes.length - 1;
      const u = nodes[top];
      if (next[top] < graph[u].length) {
        const v = graph[u][next[top]++];
        if (!visited[v]) {
          visited[v] = true;
          nodes.push(v);
          next.push(0);
        }
      } else {
        nodes.pop();
        next.pop();
        finished.push(u);
      }
    }
  }
  const label = new Array(n).fill(-1);
  for (let k = n - 1; k >= 0; k--) {
    const s = finished[k];
    if (label[s] !== -1) continue;
    const component = [s];
    label[s] = s;
    const stack = [s];
    while (stack.length > 0) {
      const u = stack.pop();
      const into = reverse[u];
      for (let i = 0; i < into.length; i++) {
        const v = into[i];
        if (label[v] === -1) {
          label[v] = s;
          component.push(v);
          stack.push(v);
        }
      }
    }
    let smallest = s;
    for (let i = 0; i < component.length; i++) if (component[i] < smallest) smallest = component[i];
    for (let i = 0; i < component.length; i++) label[component[i]] = smallest;
  }
  return label;
}
