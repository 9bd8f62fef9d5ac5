import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'csv-column-sum',
  title: 'Column sums of a CSV table',
  category: 'implementation',
  tags: ['parsing', 'strings', 'csv'],
  kind: 'stdio',
  statement: `
Standard input holds a small CSV table. The first line is a header: \`c\` column names separated by
commas. Each following line is a row of exactly \`c\` integers separated by commas.

Print one line per column, in header order: the column name, one space, and the sum of that
column's values.

- \`1 <= c <= 20\`; \`0 <= rows <= 10^5\`; every value is an integer with \`|value| <= 10^12\`,
  written in plain decimal (an optional leading \`-\`, no \`+\`, no leading zeros).
- Column names are distinct and consist of lowercase letters, digits and \`_\`, starting with a letter.
- There are no spaces, no quotes and no blank lines; every line, including the last one, ends
  with a single \`\\n\`.
- A column of a table with no rows sums to 0. Sums can reach 10^17 in absolute value (past
  2^53); print them exactly.

Example: the input \`a,b\\n1,2\\n3,-4\\n\` gives the output \`a 4\\nb -2\\n\`.
`,
  cases: [
    { stdin: 'a,b\n1,2\n3,-4\n', expected: 'a 4\nb -2\n', note: 'the example' },
    { stdin: 'x,y,z\n', expected: 'x 0\ny 0\nz 0\n', note: 'header only, no rows' },
    { stdin: 'total\n5\n', expected: 'total 5\n', note: 'one column, one row' },
    { stdin: 'n\n7\n7\n7\n-21\n', expected: 'n 0\n', note: 'one column, duplicates cancelling out' },
    { stdin: 'p,q\n0,0\n0,0\n', expected: 'p 0\nq 0\n', note: 'all zeros' },
    {
      stdin: 'big,small\n1000000000000,-1000000000000\n1000000000000,-1000000000000\n1000000000000,-1000000000000\n',
      expected: 'big 3000000000000\nsmall -3000000000000\n',
      note: 'extremes of the value bounds',
    },
    { stdin: 'b,a,c9,d_1\n1,2,3,4\n10,20,30,40\n', expected: 'b 11\na 22\nc9 33\nd_1 44\n', note: 'header order, not sorted order' },
  ],
  levels: enamelLevels([20, 1000, 4000, 10000]),
  generate(rng, size) {
    // About `size` values in total, spread over 6..9 columns; mostly short numbers.
    const c = rng.int(6, 9);
    const rows = Math.max(1, Math.floor(size / c));
    const names = new Set<string>();
    while (names.size < c) names.add(rng.string(1, 'abcdefghijklmnopqrstuvwxyz') + rng.string(rng.int(0, 7), 'abcdefghijklmnopqrstuvwxyz0123456789_'));
    const lines = [[...names].join(',')];
    for (let i = 0; i < rows; i++) {
      const row: number[] = [];
      for (let j = 0; j < c; j++) {
        const r = rng.float();
        row.push(r < 0.05 ? 0 : r < 0.08 ? rng.int(-(10 ** 12), 10 ** 12) : rng.int(-9999, 9999));
      }
      lines.push(row.join(','));
    }
    return lines.join('\n') + '\n';
  },
});
