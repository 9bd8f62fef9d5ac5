function bankWaits(arrivals, services, tellers) {
  // A binary min-heap of the tellers' free times: the earliest is heap[0]; replace it with the
  // time the teller is busy until and sift it down.
  const heap = new Array(tellers).fill(0);
  const replaceTop = (v) => {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const c = l + 1 < heap.length && heap[l + 1] < heap[l] ? l + 1 : l;
      if (heap[c] >= v) break;
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = v;
  };
  let total = 0;
  let longest = 0;
  let closing = 0;
  for (let i = 0; i < arrivals.length; i++) {
    const start = Math.max(arrivals[i], heap[0]);
    const end = start + services[i];
    replaceTop(end);
    total += start - arrivals[i];
    longest = Math.max(longest, start - arrivals[i]);
    closing = Math.max(closing, end);
  }
  return [total, longest, closing];
}
