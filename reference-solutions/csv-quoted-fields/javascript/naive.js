const text = require('fs').readFileSync(0, 'utf8');
// Read the file character by character into a table of every record's fields, then total it.
const first = text.indexOf('\n');
const c = Number(text.slice(0, first));
const table = [];
let row = [];
let field = '';
let inQuotes = false;
for (let i = first + 1; i < text.length; i++) {
  const ch = text[i];
  if (inQuotes) {
    if (ch === '"') {
      if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
    } else field += ch;
  } else if (ch === '"') inQuotes = true;
  else if (ch === ',') {
    row.push(field);
    field = '';
  } else if (ch === '\n') {
    row.push(field);
    table.push(row);
    row = [];
    field = '';
  } else field += ch;
}
let total = 0;
let weighted = 0;
table.forEach((record, i) => {
  total += record[c].length;
  weighted += (i + 1) * record[c].length;
});
process.stdout.write(`${table.length} ${total} ${weighted}\n`);
