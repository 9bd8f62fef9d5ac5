function decodeAt(encoded, positions) {
  // Decode the whole string, one character at a time, then index it.
  const decoded = [];
  let i = 0;
  while (i < encoded.length) {
    const letter = encoded[i++];
    let digits = '';
    while (i < encoded.length && encoded[i] >= '0' && encoded[i] <= '9') digits += encoded[i++];
    for (let k = 0; k < Number(digits); k++) decoded.push(letter);
  }
  return positions.map((p) => decoded[p]).join('');
}
