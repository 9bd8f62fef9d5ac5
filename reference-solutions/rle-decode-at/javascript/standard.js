function decodeAt(encoded, positions) {
  // Decode into one string (each run built with repeat), then index it.
  const decoded = encoded.replace(/([a-z])(\d+)/g, (_, letter, count) => letter.repeat(Number(count)));
  let out = '';
  for (const p of positions) out += decoded[p];
  return out;
}
