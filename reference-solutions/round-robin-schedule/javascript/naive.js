function completionTimes(arrivals, bursts, quantum) {
  // The ready queue is an array that only grows (a read index walks along it), every slice is
  // logged as a record, and completion times are read back from the log at the end.
  const n = arrivals.length;
  const remaining = bursts.slice();
  const queue = [];
  let head = 0;
  const log = [];
  let time = 0;
  let nxt = 0;
  while (head < queue.length || nxt < n) {
    if (head === queue.length) time = Math.max(time, arrivals[nxt]);
    while (nxt < n && arrivals[nxt] <= time) queue.push(nxt++);
    const pid = queue[head++];
    const run = Math.min(quantum, remaining[pid]);
    log.push({ pid, start: time, end: time + run });
    time += run;
    remaining[pid] -= run;
    while (nxt < n && arrivals[nxt] <= time) queue.push(nxt++);
    if (remaining[pid] > 0) queue.push(pid);
  }
  const done = new Array(n).fill(0);
  for (const entry of log) done[entry.pid] = entry.end;
  return done;
}
