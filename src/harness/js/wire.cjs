'use strict';
// The typed wire encoding of Brisk's codec (src/problem/codec.ts), decoded: shared by the
// supervisor and the line tracer (both staged beside this file).
function decode(w) {
  if (Array.isArray(w)) return w.map(decode);
  if (w === null || typeof w !== 'object') return w;
  if ('$int' in w) {
    const b = BigInt(w.$int);
    return Number.isSafeInteger(Number(b)) ? Number(b) : b;
  }
  if ('$float' in w) {
    const f = w.$float;
    return f === 'inf' ? Infinity : f === '-inf' ? -Infinity : f === 'nan' ? NaN : f;
  }
  if ('$tuple' in w) return w.$tuple.map(decode);
  if ('$set' in w) return new Set(w.$set.map(decode));
  if ('$dict' in w) {
    const entries = w.$dict.map(([k, v]) => [decode(k), decode(v)]);
    return entries.every(([k]) => typeof k === 'string') ? Object.fromEntries(entries) : new Map(entries);
  }
  throw new Error('unknown wire tag');
}

module.exports = { decode };
