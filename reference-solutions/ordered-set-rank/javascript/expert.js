(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // All tokens converted natively: newlines become spaces, one split, one Float64Array.
  const tok = new Float64Array(data.replaceAll('\n', ' ').split(' '));
  const q = tok[0];
  // The set as a sorted Float64Array; inserts and erases shift the tail with copyWithin (a
  // native memmove), searches are binary.
  const items = new Float64Array(q + 1);
  let size = 0;
  const out = [];
  for (let k = 0, pos = 1; k < q; k++, pos += 2) {
    const t = tok[pos];
    const x = tok[pos + 1];
    if (t === 4) {
      out.push(x <= size ? items[x - 1] : -1);
      continue;
    }
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    if (t === 3) out.push(lo);
    else if (t === 1) {
      if (lo === size || items[lo] !== x) {
        items.copyWithin(lo + 1, lo, size);
        items[lo] = x;
        size++;
      }
    } else if (lo < size && items[lo] === x) {
      items.copyWithin(lo, lo + 1, size);
      size--;
    }
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
})();
