import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'pascal-row-mod',
  title: "A row of Pascal's triangle modulo m",
  category: 'implementation',
  tags: ['combinatorics', 'dynamic-programming', 'memory'],
  kind: 'function',
  statement: `
Given integers \`n\` and \`m\`, return row \`n\` of Pascal's triangle with every entry taken modulo
\`m\`: the list \`[C(n, 0) mod m, C(n, 1) mod m, ..., C(n, n) mod m]\` of \`n + 1\` integers, where
\`C(n, k)\` is the number of ways to choose \`k\` items out of \`n\`. Row 0 is \`[1]\`, and every
inner entry of a row is the sum of the two entries above it.

- \`0 <= n <= 2000\`; \`1 <= m <= 10^9\`. The modulus need not be prime (every entry mod 1 is 0).
- Every returned value lies in \`[0, m)\`.
`,
  signature: {
    params: [
      { name: 'n', type: 'int' },
      { name: 'm', type: 'int' },
    ],
    returns: 'list[int]',
  },
  entry: { python: 'pascal_row', javascript: 'pascalRow' },
  cases: [
    { args: [0, 1000000007], expected: [1], note: 'row 0' },
    { args: [0, 1], expected: [0], note: 'modulus 1: every entry is 0' },
    { args: [1, 5], expected: [1, 1], note: 'row 1' },
    { args: [4, 1000000000], expected: [1, 4, 6, 4, 1], note: 'small row, nothing reduced' },
    { args: [5, 1], expected: [0, 0, 0, 0, 0, 0], note: 'modulus 1 on a longer row' },
    { args: [7, 2], expected: [1, 1, 1, 1, 1, 1, 1, 1], note: 'modulus 2: row 7 is all odd' },
    { args: [9, 6], expected: [1, 3, 0, 0, 0, 0, 0, 0, 3, 1], note: 'composite modulus: zeros in the middle' },
    { args: [12, 7], expected: [1, 5, 3, 3, 5, 1, 0, 1, 5, 3, 3, 5, 1], note: 'prime modulus below n' },
    { args: [40, 1000000007], expected: [1, 40, 780, 9880, 91390, 658008, 3838380, 18643560, 76904685, 273438880, 847660528, 311801426, 586853445, 33222796, 206929679, 225344776, 852101216, 732378184, 380261009, 282407483, 846527861, 282407483, 380261009, 732378184, 852101216, 225344776, 206929679, 33222796, 586853445, 311801426, 847660528, 273438880, 76904685, 18643560, 3838380, 658008, 91390, 9880, 780, 40, 1], note: 'entries pass the modulus (C(40,20) > 10^9)' },
    { args: [33, 1000000000], expected: [1, 33, 528, 5456, 40920, 237336, 1107568, 4272048, 13884156, 38567100, 92561040, 193536720, 354817320, 573166440, 818809200, 37158320, 166803110, 166803110, 37158320, 818809200, 573166440, 354817320, 193536720, 92561040, 38567100, 13884156, 4272048, 1107568, 237336, 40920, 5456, 528, 33, 1], note: 'largest modulus' },
  ],
  levels: enamelLevels([12, 80, 140, 200]),
  generate(rng, size, level) {
    // n near the level size; moduli from tiny composites to 10^9 (and 1 in the correctness level).
    const n = level.index === 0 ? rng.int(0, size) : rng.int(Math.floor(size * 0.9), size);
    const kind = level.caseIndex % 4;
    const m = kind === 0 ? rng.int(1, 60) : kind === 1 ? 1_000_000_000 : kind === 2 ? 999_999_937 : rng.int(1000, 1_000_000_000);
    return [n, m];
  },
});
