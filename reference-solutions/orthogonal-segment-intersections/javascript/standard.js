const data = require('fs').readFileSync(0, 'utf8');
const lines = data.split('\n');
const [h, v] = lines[0].split(' ').map(Number);
// Sweep a vertical line from left to right. Events at one x: horizontal segments starting
// there enter, then vertical segments there count the present y values in [y1, y2], then
// horizontal segments ending there leave. The present y values stay in a sorted array.
const events = [];
for (let i = 1; i <= h; i++) {
  const [y, x1, x2] = lines[i].split(' ').map(Number);
  events.push({ x: x1, kind: 0, a: y, b: 0 });
  events.push({ x: x2, kind: 2, a: y, b: 0 });
}
for (let i = h + 1; i <= h + v; i++) {
  const [x, y1, y2] = lines[i].split(' ').map(Number);
  events.push({ x, kind: 1, a: y1, b: y2 });
}
events.sort((e, f) => e.x - f.x || e.kind - f.kind);
// Index of the first element of the sorted array `arr` that is >= y (strict: > y).
function lowerBound(arr, y, strict) {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < y || (strict && arr[mid] === y)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const active = [];
let count = 0;
for (const e of events) {
  if (e.kind === 0) active.splice(lowerBound(active, e.a, false), 0, e.a);
  else if (e.kind === 2) active.splice(lowerBound(active, e.a, false), 1);
  else count += lowerBound(active, e.b, true) - lowerBound(active, e.a, false);
}
console.log(count);
