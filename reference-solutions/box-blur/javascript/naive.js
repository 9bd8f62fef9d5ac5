const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [rows, cols] = lines[0].split(' ').map(Number);
const image = lines.slice(1, rows + 1).map((line) => line.split(' ').map(Number));
const out = [];
for (let r = 0; r < rows; r++) {
  const line = [];
  for (let c = 0; c < cols; c++) {
    let total = 0;
    let count = 0;
    for (const dr of [-1, 0, 1]) {
      for (const dc of [-1, 0, 1]) {
        const y = r + dr;
        const x = c + dc;
        if (y >= 0 && y < rows && x >= 0 && x < cols) {
          total += image[y][x];
          count++;
        }
      }
    }
    line.push(Math.floor(total / count));
  }
  out.push(line.join(' '));
}
console.log(out.join('\n'));
