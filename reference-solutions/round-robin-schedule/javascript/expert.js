function completionTimes(arrivals, bursts, quantum) {
  // A typed ring buffer of process ids (the queue never holds more than n) with a wrap test
  // instead of a modulo; the next arrival time is kept in a local (Infinity when none is left).
  const n = arrivals.length;
  const remaining = Float64Array.from(bursts);
  const done = new Array(n).fill(0);
  const ring = new Int32Array(n + 1);
  const cap = n + 1;
  let head = 0;
  let tail = 0;
  let size = 0;
  let time = 0;
  let nxt = 0;
  let upcoming = n > 0 ? arrivals[0] : Infinity;
  for (;;) {
    if (size === 0) {
      if (nxt === n) return done;
      if (upcoming > time) time = upcoming;
    }
    while (upcoming <= time) {
      ring[tail] = nxt++;
      if (++tail === cap) tail = 0;
      size++;
      upcoming = nxt < n ? arrivals[nxt] : Infinity;
    }
    const pid = ring[head];
    if (++head === cap) head = 0;
    size--;
    const left = remaining[pid];
    if (left > quantum) {
      time += quantum;
      remaining[pid] = left - quantum;
      while (upcoming <= time) {
        ring[tail] = nxt++;
        if (++tail === cap) tail = 0;
        size++;
        upcoming = nxt < n ? arrivals[nxt] : Infinity;
      }
      ring[tail] = pid;
      if (++tail === cap) tail = 0;
      size++;
    } else {
      time += left;
      done[pid] = time;
    }
  }
}
