function lfuCache(capacity, ops) {
  // Each entry is a node in the doubly linked list of its use count (least recently used
  // first); lists[c] = {head, tail}. Keys map to nodes.
  const nodes = new Map();
  const lists = [];
  let minCount = 0;
  const results = [];
  function list(c) {
    while (lists.length <= c) lists.push({ head: null, tail: null });
    return lists[c];
  }
  function unlink(node) {
    const l = lists[node.count];
    if (node.prev) node.prev.next = node.next;
    else l.head = node.next;
    if (node.next) node.next.prev = node.prev;
    else l.tail = node.prev;
  }
  function append(node) {
    const l = list(node.count);
    node.prev = l.tail;
    node.next = null;
    if (l.tail) l.tail.next = node;
    else l.head = node;
    l.tail = node;
  }
  function use(node) {
    unlink(node);
    if (minCount === node.count && lists[node.count].head === null) minCount++;
    node.count++;
    append(node);
  }
  for (const op of ops) {
    const kind = op[0];
    const key = op[1];
    const value = op[2];
    const node = nodes.get(key);
    if (kind === 0) {
      if (node) {
        use(node);
        results.push(node.value);
      } else {
        results.push(-1);
      }
    } else if (node) {
      node.value = value;
      use(node);
    } else {
      if (nodes.size === capacity) {
        const victim = lists[minCount].head;
        unlink(victim);
        nodes.delete(victim.key);
      }
      const fresh = { key, value, count: 1, prev: null, next: null };
      nodes.set(key, fresh);
      append(fresh);
      minCount = 1;
    }
  }
  return results;
}
