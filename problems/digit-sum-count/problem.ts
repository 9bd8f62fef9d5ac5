import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'digit-sum-count',
  title: 'Count numbers up to N with a given digit sum',
  category: 'algorithm',
  tags: ['dynamic-programming', 'digit-dp', 'memory'],
  kind: 'function',
  statement: `
Given a non-negative integer \`n\` written as a decimal string and an integer \`s\`, count the
integers \`x\` with \`0 <= x <= n\` whose decimal digits add up to \`s\`. Return the count modulo
1 000 000 007.

- \`1 <= len(n) <= 100\`; \`n\` has no leading zeros unless it is \`"0"\`.
- \`0 <= s <= 1000\`.
- \`x = 0\` has digit sum 0, so for \`s == 0\` the answer is 1.
`,
  signature: { params: [{ name: 'n', type: 'str' }, { name: 's', type: 'int' }], returns: 'int' },
  entry: { python: 'count_digit_sum', javascript: 'countDigitSum' },
  cases: [
    { args: ['0', 0], expected: 1, note: 'only x = 0' },
    { args: ['0', 3], expected: 0, note: 'nothing below 0' },
    { args: ['9', 9], expected: 1, note: 'single digit' },
    { args: ['20', 2], expected: 3, note: '2, 11, 20' },
    { args: ['100', 1], expected: 3, note: '1, 10, 100' },
    { args: ['99', 18], expected: 1, note: 'only 99' },
    { args: ['99', 19], expected: 0, note: 'sum too large for two digits' },
    { args: ['12345', 1000], expected: 0, note: 's far above nine times the length' },
    { args: ['1000000', 0], expected: 1, note: 'zero sum: only x = 0' },
    { args: ['999', 13], expected: 75, note: 'every three-digit string' },
    { args: ['1' + '0'.repeat(30), 45], expected: 44802891, note: 'count beyond the modulus: all 30-digit strings with sum 45' },
  ],
  levels: enamelLevels([3, 20, 35, 55]),
  generate(rng, size, level) {
    let n = String(rng.int(1, 9));
    for (let i = 1; i < size; i++) n += String(rng.int(0, 9));
    // Sums near the middle of the range have the largest counts; some cases go further out.
    const mid = Math.floor((9 * size) / 2);
    const s = level.caseIndex % 3 === 2 ? rng.int(0, 9 * size) : rng.int(Math.floor(mid * 0.8), Math.floor(mid * 1.2));
    return [n, s];
  },
});
