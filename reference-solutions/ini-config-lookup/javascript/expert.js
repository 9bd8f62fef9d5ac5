const data = require('fs').readFileSync(0, 'utf8');
// One pass over the raw text with indexOf, no array of lines, few calls per line. A key maps to
// the offset of its value, so only the values a query asks for are ever cut out as strings.
const sep = data.startsWith('--\n') ? 0 : data.indexOf('\n--\n') + 1;
const sections = new Map();
let current = new Map();
sections.set('', current);
let pos = 0;
while (pos < sep) {
  const end = data.indexOf('\n', pos);
  const c = data.charCodeAt(pos);
  if (c === 91 /* [ */) {
    const name = data.slice(pos + 1, end - 1);
    current = sections.get(name);
    if (current === undefined) sections.set(name, (current = new Map()));
  } else if (c !== 10 && c !== 59 /* ; */ && c !== 35 /* # */) {
    const eq = data.indexOf('=', pos);
    current.set(data.slice(pos, eq), eq + 1);
  }
  pos = end + 1;
}
let out = '';
for (pos = sep + 3; pos < data.length; ) {
  const end = data.indexOf('\n', pos);
  const dot = data.indexOf('.', pos);
  const at = sections.get(data.slice(pos, dot))?.get(data.slice(dot + 1, end));
  out += at === undefined ? '<missing>\n' : data.slice(at, data.indexOf('\n', at) + 1);
  pos = end + 1;
}
process.stdout.write(out);
