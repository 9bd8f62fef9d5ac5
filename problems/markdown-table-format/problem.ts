import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'markdown-table-format',
  title: 'Align a Markdown table',
  category: 'implementation',
  tags: ['strings', 'text-formatting', 'stdio'],
  kind: 'stdio',
  statement: `
Standard input holds a table: a header line, then zero or more data lines. Every line holds the
same number \`c\` of cells separated by \`|\` (no \`|\` at either end of a line). A header cell
that starts with \`>\` marks its column as right-aligned; that \`>\` is not part of the column's
name. Every other column is left-aligned.

Print the table as an aligned Markdown table:

- The width \`w\` of a column is the largest length among its name and its data cells, and at
  least 3.
- Every table line (the header first, then the data lines in input order) is printed as
  \`| \` + the cells joined by \` | \` + \` |\`, each cell padded with spaces to its column's width:
  on the right in a left-aligned column, on the left in a right-aligned one.
- Right after the header comes the delimiter line, built the same way from one cell per column:
  \`w\` dashes for a left-aligned column, \`w - 1\` dashes and a \`:\` for a right-aligned one.
- Every printed line ends with \`\\n\`.

Bounds: \`1 <= c <= 20\`; at most \`10^5\` data lines; cells are 0 to 40 characters long, made of
printable ASCII characters (codes 32 to 126) other than \`|\`; a cell may be empty or contain
spaces, and a data cell may start with \`>\` (only header cells carry the marker). Every input
line, including the last, ends with a single \`\\n\`.

Example: the input \`>id|name\\n7|tea\\n12|coffee beans\\n\` prints

\`\`\`
|  id | name         |
| --: | ------------ |
|   7 | tea          |
|  12 | coffee beans |
\`\`\`
`,
  cases: [
    {
      stdin: '>id|name\n7|tea\n12|coffee beans\n',
      expected: '|  id | name         |\n| --: | ------------ |\n|   7 | tea          |\n|  12 | coffee beans |\n',
      note: 'the example',
    },
    { stdin: 'a|>b\n', expected: '| a   |   b |\n| --- | --: |\n', note: 'header only: widths are at least 3' },
    { stdin: 'word\nx\nlonger\n', expected: '| word   |\n| ------ |\n| x      |\n| longer |\n', note: 'one column, a cell wider than its name' },
    { stdin: '>|a\n|\n1|\n', expected: '|     | a   |\n| --: | --- |\n|     |     |\n|   1 |     |\n', note: 'empty cells and an empty right-aligned name' },
    {
      stdin: 'k|v\n>x|a b  c\n-|:\n',
      expected: '| k   | v      |\n| --- | ------ |\n| >x  | a b  c |\n| -   | :      |\n',
      note: 'a data cell starting with >, inner spaces kept, dashes and colons as data',
    },
    {
      stdin: '>n|>m\n1|2\n1|2\n1|2\n',
      expected: '|   n |   m |\n| --: | --: |\n|   1 |   2 |\n|   1 |   2 |\n|   1 |   2 |\n',
      note: 'all columns right-aligned, duplicate rows',
    },
    {
      stdin: `${'x'.repeat(40)}|>${'9'.repeat(40)}\n${'y'.repeat(40)}|1\n`,
      expected: `| ${'x'.repeat(40)} | ${'9'.repeat(40)} |\n| ${'-'.repeat(40)} | ${'-'.repeat(39)}: |\n| ${'y'.repeat(40)} | ${' '.repeat(39)}1 |\n`,
      note: 'cells of the maximal length',
    },
  ],
  levels: enamelLevels([6, 300, 600, 1000]),
  generate(rng, size, level) {
    // A table of 3..8 columns: right-aligned number columns and left-aligned text columns of
    // short words with spaces; some empty cells.
    const c = level.index === 0 ? rng.int(1, 4) : rng.int(3, 8);
    const rows = level.index === 0 ? rng.int(0, size) : size;
    const right = Array.from({ length: c }, () => rng.bool(0.4));
    const names = right.map((r) => (r ? '>' : '') + rng.string(rng.int(1, 10)));
    const lines = [names.join('|')];
    for (let i = 0; i < rows; i++) {
      const cells: string[] = [];
      for (let j = 0; j < c; j++) {
        if (rng.bool(0.05)) cells.push('');
        else if (right[j]) cells.push(String(rng.int(0, 10 ** rng.int(1, 9))));
        else {
          const words: string[] = [];
          const count = rng.int(1, 4);
          for (let w = 0; w < count; w++) words.push(rng.string(rng.int(1, 7), 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,-:>'));
          cells.push(words.join(' ').slice(0, 40));
        }
      }
      lines.push(cells.join('|'));
    }
    return lines.join('\n') + '\n';
  },
});
