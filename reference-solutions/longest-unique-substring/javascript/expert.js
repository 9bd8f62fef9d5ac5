function longestUniqueSubstring(s) {
  // Sliding window over last-seen positions kept in an Int32Array indexed by UTF-16 code unit
  // (position + 1, so 0 means unseen). The window is measured only when it is about to shrink
  // and once at the end. Strings with surrogate pairs (characters outside the BMP, which must
  // count as one character each) take a code point path with a Map.
  const n = s.length;
  if (/[\uD800-\uDFFF]/.test(s)) return byCodePoint(s);
  // All code units at once, natively: a UTF-16 little-endian copy viewed as a Uint16Array.
  const buf = Buffer.from(s, 'utf16le');
  const off = buf.byteOffset;
  const codes = (off & 1) === 0 ? new Uint16Array(buf.buffer, off, n) : new Uint16Array(buf.buffer.slice(off, off + 2 * n));
  const last = new Int32Array(65536);
  let start = 0;
  let best = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    const p = last[c];
    if (p > start) {
      if (i - start > best) best = i - start;
      start = p;
    }
    last[c] = i + 1;
  }
  return n - start > best ? n - start : best;
}

function byCodePoint(s) {
  const last = new Map();
  let start = 0;
  let best = 0;
  let i = 0;
  for (const c of s) {
    const p = last.get(c);
    if (p !== undefined && p >= start) {
      if (i - start > best) best = i - start;
      start = p + 1;
    }
    last.set(c, i);
    i++;
  }
  return i - start > best ? i - start : best;
}
