const lines = require('fs').readFileSync(0, 'utf8').split('\n').slice(0, -1);
const header = lines[0].split('|');
const columns = header.length;
const right = header.map((name) => name.startsWith('>'));

// Each column's width from a fresh scan of every line, splitting every line again.
const widths = [];
for (let j = 0; j < columns; j++) {
  let width = 3;
  for (let i = 0; i < lines.length; i++) {
    let cell = lines[i].split('|')[j];
    if (i === 0 && right[j]) cell = cell.slice(1);
    if (cell.length > width) width = cell.length;
  }
  widths.push(width);
}

function pad(cell, width, toRight) {
  let padded = cell;
  while (padded.length < width) padded = toRight ? ' ' + padded : padded + ' ';
  return padded;
}

let out = '';
for (let i = 0; i < lines.length; i++) {
  const cells = lines[i].split('|');
  let line = '|';
  for (let j = 0; j < columns; j++) {
    const cell = i === 0 && right[j] ? cells[j].slice(1) : cells[j];
    line = line + ' ' + pad(cell, widths[j], right[j]) + ' |';
  }
  out = out + line + '\n';
  if (i === 0) {
    line = '|';
    for (let j = 0; j < columns; j++) {
      let dashes = '';
      while (dashes.length < widths[j] - 1) dashes = dashes + '-';
      line = line + ' ' + dashes + (right[j] ? ':' : '-') + ' |';
    }
    out = out + line + '\n';
  }
}
process.stdout.write(out);
