import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-_:/;';
// Text inside quotes: commas and quotes are common; newlines are added separately.
const QUOTED = PLAIN + ',,,""';

export default defineProblem({
  id: 'csv-quoted-fields',
  title: 'A column of a CSV file with quoted fields',
  category: 'implementation',
  tags: ['parsing', 'strings', 'csv', 'memory'],
  kind: 'stdio',
  statement: `
The first line of standard input holds a column index \`c\` (0-based). The rest is a CSV file:
a sequence of records, each ending with \`\\n\`, each a list of fields separated by commas.

A field is either

- **unquoted**: zero or more characters, none of them \`,\`, \`"\` or \`\\n\`; its value is its text; or
- **quoted**: a \`"\`, then any characters, then a closing \`"\`. Inside, a quote is written as two
  quotes \`""\`, and commas and newlines stand for themselves. Its value is the text between the
  outer quotes with every \`""\` read as one \`"\`.

So a newline inside a quoted field does not end the record. Every record has the same number of
fields \`m\`, with \`c < m\`. When \`m = 1\`, a record whose only field is an empty unquoted one is
an empty line.

Number the records from 1 and let \`v_i\` be the value of field \`c\` of record \`i\`. Print one
line with three integers: the number of records \`R\`, the sum of \`len(v_i)\`, and the sum of
\`i * len(v_i)\`, separated by single spaces (\`0 0 0\` when there are no records).

- \`1 <= m <= 20\`; at most 10^5 records and 2 * 10^6 characters; fields hold printable ASCII
  (32 to 126) and, inside quotes, \`\\n\`; there is no \`\\r\`.
- The input is well formed: a quote opens a field only at its start, and every quoted field is
  closed and followed by \`,\` or the record's \`\\n\`.

Example: the input \`1\\nid,"say ""hi"", then go"\\n7,"two\\nlines"\\n\` has two records;
\`v_1\` is \`say "hi", then go\` (17 characters) and \`v_2\` is \`two\\nlines\` (9), so the output
is \`2 26 35\`.
`,
  cases: [
    { stdin: '1\nid,"say ""hi"", then go"\n7,"two\nlines"\n', expected: '2 26 35\n', note: 'the example: doubled quotes, a comma and a newline inside quotes' },
    { stdin: '0\n', expected: '0 0 0\n', note: 'no records' },
    { stdin: '0\nabc\n', expected: '1 3 3\n', note: 'one record, one unquoted field' },
    { stdin: '0\n\nx\n\n', expected: '3 1 2\n', note: 'm = 1: empty lines are records with an empty field' },
    { stdin: '2\na,b,\n,,""\n"",",",""""\n', expected: '3 1 3\n', note: 'empty fields, quoted empty, a quoted comma and a lone quote' },
    { stdin: '1\n"a\nb","\n\n",c\n"x",y,z\n', expected: '2 3 4\n', note: 'newlines inside quotes in other columns and in column c' },
    { stdin: '0\n"""",""""""\n"a""b""c",x\n', expected: '2 6 11\n', note: 'only doubled quotes' },
    { stdin: '3\np,q,r,"last, field"\np,q,r,s\n', expected: '2 12 13\n', note: 'the last column, quoted and not' },
  ],
  levels: enamelLevels([12, 800, 1500, 2500]),
  generate(rng, size) {
    // `size` records of 4..10 fields; about 40% of fields quoted, some with newlines inside.
    const m = rng.int(4, 10);
    const c = rng.int(0, m - 1);
    const field = () => {
      if (rng.bool(0.6)) return rng.string(rng.int(0, 12), PLAIN);
      let inner = rng.string(rng.int(0, 24), QUOTED);
      if (rng.bool(0.1)) inner += '\n' + rng.string(rng.int(0, 10), QUOTED);
      return '"' + inner.replaceAll('"', '""') + '"';
    };
    const records: string[] = [];
    for (let i = 0; i < size; i++) records.push(Array.from({ length: m }, field).join(','));
    return `${c}\n` + records.map((r) => r + '\n').join('');
  },
});
