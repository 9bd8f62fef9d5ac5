const text = require('fs').readFileSync(0, 'utf8');

// Re-read the whole configuration for every query; the last assignment seen wins.
function lookup(section, key) {
  let found = '<missing>';
  let current = '';
  for (const line of text.split('\n')) {
    if (line === '--') break;
    if (line === '' || line[0] === ';' || line[0] === '#') continue;
    if (line[0] === '[') {
      current = line.slice(1, -1);
      continue;
    }
    const eq = line.indexOf('=');
    if (current === section && line.slice(0, eq) === key) found = line.slice(eq + 1);
  }
  return found;
}

const lines = text.split('\n');
const queries = lines.slice(lines.indexOf('--') + 1, -1);
let out = '';
for (const query of queries) {
  const [section, key] = query.split('.');
  out += lookup(section, key) + '\n';
}
process.stdout.write(out);
