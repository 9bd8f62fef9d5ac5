function decodeAt(encoded, positions) {
  // Never decode. The positions are sorted once, natively (a Float64Array of position * 2^17 +
  // original index: exact, as positions stay below 2^29 and indices below 2^17), then one sweep
  // walks runs and sorted positions together, writing each letter's code at its original slot.
  const q = positions.length;
  if (q === 0) return '';
  const SHIFT = 131072;
  const letters = encoded.replace(/\d+/g, '');
  const counts = encoded.split(/[a-z]/); // counts[0] is the empty text before the first letter
  const keys = new Float64Array(q);
  for (let i = 0; i < q; i++) keys[i] = positions[i] * SHIFT + i;
  keys.sort();
  const codes = new Uint8Array(q);
  let run = 0;
  let end = Number(counts[1]);
  for (let k = 0; k < q; k++) {
    const key = keys[k];
    const p = Math.floor(key / SHIFT);
    while (p >= end) end += Number(counts[++run + 1]);
    codes[key - p * SHIFT] = letters.charCodeAt(run);
  }
  return Buffer.from(codes.buffer).toString('latin1');
}
