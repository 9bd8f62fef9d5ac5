const lines = require('fs').readFileSync(0, 'utf8').split('\n');
// Parse once into a Map of sections, each a Map of keys; then answer every query from it.
const sep = lines.indexOf('--');
const config = new Map([['', new Map()]]);
let current = config.get('');
for (let i = 0; i < sep; i++) {
  const line = lines[i];
  if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
  if (line.startsWith('[') && line.endsWith(']')) {
    const name = line.slice(1, -1);
    current = config.get(name);
    if (current === undefined) config.set(name, (current = new Map()));
  } else {
    const eq = line.indexOf('=');
    current.set(line.slice(0, eq), line.slice(eq + 1));
  }
}
const out = [];
for (let i = sep + 1; i < lines.length - 1; i++) {
  const query = lines[i];
  const dot = query.indexOf('.');
  const value = config.get(query.slice(0, dot))?.get(query.slice(dot + 1));
  out.push(value === undefined ? '<missing>' : value);
}
process.stdout.write(out.map((line) => line + '\n').join(''));
