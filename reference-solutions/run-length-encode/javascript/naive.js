function runLengthEncode(s) {
  // For each run: count it by re-reading the string, then append to the result string.
  let result = '';
  let i = 0;
  while (i < s.length) {
    let count = 1;
    while (i + count < s.length && s[i + count] === s[i]) count++;
    result = result + s[i] + count.toString();
    i += count;
  }
  return result;
}
