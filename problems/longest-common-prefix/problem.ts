import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'longest-common-prefix',
  title: 'Longest common prefix',
  category: 'implementation',
  tags: ['strings'],
  kind: 'function',
  statement: `
Given a list of strings, return the longest string that is a prefix of every one of them.

- \`0 <= len(strs) <= 10^4\`; each string has 0 to 2000 lowercase letters \`a\`-\`z\`.
- For an empty list return the empty string; if the strings share no first character the
  answer is the empty string.
- Do not modify \`strs\`.
`,
  signature: { params: [{ name: 'strs', type: 'list[str]' }], returns: 'str' },
  entry: { python: 'longest_common_prefix', javascript: 'longestCommonPrefix' },
  cases: [
    { args: [[]], expected: '', note: 'empty list' },
    { args: [['']], expected: '', note: 'one empty string' },
    { args: [['abc']], expected: 'abc', note: 'one string is its own prefix' },
    { args: [['flower', 'flow', 'flight']], expected: 'fl', note: 'classic example' },
    { args: [['dog', 'racecar', 'car']], expected: '', note: 'no common prefix' },
    { args: [['a', 'a', 'a']], expected: 'a', note: 'duplicates' },
    { args: [['abc', '', 'abc']], expected: '', note: 'an empty string in the middle' },
    { args: [['abcd', 'abc', 'abcde', 'ab']], expected: 'ab', note: 'shortest string is the prefix' },
    { args: [['ba', 'ab']], expected: '', note: 'min and max differ at the first character' },
    { args: [['x'.repeat(2000), 'x'.repeat(2000)]], expected: 'x'.repeat(2000), note: 'longest strings, identical' },
  ],
  levels: enamelLevels([8, 500, 1500, 5000]),
  generate(rng, size) {
    // A long shared prefix (600-1000 letters on scored levels) followed by short random tails
    // over a two-letter alphabet, so tails often agree for a few more letters.
    const p = size >= 100 ? rng.int(600, 1000) : rng.int(0, 6);
    const prefix = rng.string(p, 'ab');
    const strs = Array.from({ length: size }, () => prefix + rng.string(rng.int(0, 12), 'ab'));
    if (size > 1 && rng.bool(0.5)) strs[rng.int(0, size - 1)] = prefix.slice(0, Math.max(0, p - rng.int(0, 10)));
    return [strs];
  },
});
