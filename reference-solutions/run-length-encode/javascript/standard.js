function runLengthEncode(s) {
  // Each run is one match of a character followed by copies of itself (a backreference).
  const runs = s.match(/(.)\1*/g) ?? [];
  return runs.map((run) => run[0] + run.length).join('');
}
