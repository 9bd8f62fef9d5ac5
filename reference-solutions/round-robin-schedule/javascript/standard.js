function completionTimes(arrivals, bursts, quantum) {
  // A ring buffer of process ids (the queue never holds more than n); arrivals up to the end
  // of a slice enter before the preempted process.
  const n = arrivals.length;
  const remaining = bursts.slice();
  const done = new Array(n).fill(0);
  const ring = new Array(n + 1).fill(0);
  const cap = n + 1;
  let head = 0;
  let tail = 0;
  let time = 0;
  let nxt = 0;
  while (head !== tail || nxt < n) {
    if (head === tail) {
      time = Math.max(time, arrivals[nxt]);
      while (nxt < n && arrivals[nxt] <= time) {
        ring[tail] = nxt++;
        tail = (tail + 1) % cap;
      }
    }
    const pid = ring[head];
    head = (head + 1) % cap;
    const run = Math.min(quantum, remaining[pid]);
    time += run;
    remaining[pid] -= run;
    while (nxt < n && arrivals[nxt] <= time) {
      ring[tail] = nxt++;
      tail = (tail + 1) % cap;
    }
    if (remaining[pid] > 0) {
      ring[tail] = pid;
      tail = (tail + 1) % cap;
    } else {
      done[pid] = time;
    }
  }
  return done;
}
