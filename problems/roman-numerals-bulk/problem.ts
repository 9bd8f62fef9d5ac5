import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'roman-numerals-bulk',
  title: 'Roman numerals for a list of integers',
  category: 'implementation',
  tags: ['strings', 'math', 'lookup-tables', 'memory'],
  kind: 'function',
  statement: `
Given a list of integers \`nums\`, return the list of their Roman numerals, in the same order.

Roman numerals use the symbols \`I\` (1), \`V\` (5), \`X\` (10), \`L\` (50), \`C\` (100), \`D\` (500) and
\`M\` (1000), written from the largest value to the smallest, in the standard subtractive form:
4, 9, 40, 90, 400 and 900 are written \`IV\`, \`IX\`, \`XL\`, \`XC\`, \`CD\` and \`CM\`, and no
symbol is repeated more than three times in a row. So 1994 is \`MCMXCIV\`, 58 is \`LVIII\` and
3999 is \`MMMCMXCIX\`.

- \`0 <= len(nums) <= 3000\`; \`1 <= nums[i] <= 3999\`; values may repeat.
- Do not modify \`nums\`.
`,
  signature: { params: [{ name: 'nums', type: 'list[int]' }], returns: 'list[str]' },
  entry: { python: 'to_roman_all', javascript: 'toRomanAll' },
  cases: [
    { args: [[]], expected: [], note: 'empty list' },
    { args: [[1]], expected: ['I'], note: 'the smallest value' },
    { args: [[3999]], expected: ['MMMCMXCIX'], note: 'the largest value' },
    { args: [[4, 9, 14, 40, 90, 400, 900]], expected: ['IV', 'IX', 'XIV', 'XL', 'XC', 'CD', 'CM'], note: 'every subtractive pair' },
    { args: [[1994, 2024, 58]], expected: ['MCMXCIV', 'MMXXIV', 'LVIII'], note: 'mixed' },
    { args: [[3888]], expected: ['MMMDCCCLXXXVIII'], note: 'the longest numeral, 15 symbols' },
    { args: [[7, 7, 7]], expected: ['VII', 'VII', 'VII'], note: 'duplicates keep their places' },
    { args: [[1000, 500, 100, 50, 10, 5, 3]], expected: ['M', 'D', 'C', 'L', 'X', 'V', 'III'], note: 'single symbols and a repeat of three' },
  ],
  levels: enamelLevels([30, 400, 1000, 2500]),
  generate(rng, size) {
    return [rng.ints(size, 1, 3999)];
  },
});
