function bankWaits(arrivals, services, tellers) {
  // A binary min-heap of the tellers' free times in a Float64Array; each customer replaces the
  // top and sifts it down once (no pop-then-push).
  const heap = new Float64Array(tellers);
  const n = arrivals.length;
  let total = 0;
  let longest = 0;
  let closing = 0;
  for (let k = 0; k < n; k++) {
    const arrival = arrivals[k];
    const first = heap[0];
    let end;
    if (first > arrival) {
      const wait = first - arrival;
      total += wait;
      if (wait > longest) longest = wait;
      end = first + services[k];
    } else {
      end = arrival + services[k];
    }
    if (end > closing) closing = end;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= tellers) break;
      if (c + 1 < tellers && heap[c + 1] < heap[c]) c++;
      if (heap[c] >= end) break;
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = end;
  }
  return [total, longest, closing];
}
