import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'run-length-encode',
  title: 'Run-length encoding',
  category: 'implementation',
  tags: ['strings'],
  kind: 'function',
  statement: `
Encode a string with run-length encoding: split \`s\` into maximal runs of equal consecutive
characters and replace each run by its character followed by the run length in decimal (no
leading zeros, and a run of length 1 is still written with its count). Return the
concatenation of the encoded runs, in order.

Example: \`"aaabccdddd"\` becomes \`"a3b1c2d4"\`, and \`"aaaaaaaaaaaa"\` becomes \`"a12"\`.

- \`0 <= len(s) <= 10^5\`; \`s\` consists of lowercase letters \`a\`-\`z\`.
- The empty string encodes to the empty string.
`,
  signature: { params: [{ name: 's', type: 'str' }], returns: 'str' },
  entry: { python: 'run_length_encode', javascript: 'runLengthEncode' },
  cases: [
    { args: [''], expected: '', note: 'empty string' },
    { args: ['x'], expected: 'x1', note: 'one character' },
    { args: ['aaabcc'], expected: 'a3b1c2', note: 'example' },
    { args: ['abcd'], expected: 'a1b1c1d1', note: 'no repeats' },
    { args: ['zzzzzzzzzzzz'], expected: 'z12', note: 'one run, two-digit count' },
    { args: ['aabaa'], expected: 'a2b1a2', note: 'same letter in separate runs' },
    { args: ['b'.repeat(1000) + 'a'], expected: 'b1000a1', note: 'long run then a single' },
    { args: ['abba'], expected: 'a1b2a1', note: 'short runs at both ends' },
  ],
  levels: enamelLevels([16, 3000, 10000, 30000]),
  generate(rng, size) {
    // Runs of 1 to 100 letters (shorter on tiny inputs), each letter differing from the last.
    const maxRun = Math.max(3, Math.min(100, Math.floor(size / 4)));
    let s = '';
    let prev = '';
    while (s.length < size) {
      let c = rng.string(1);
      if (c === prev) c = c === 'z' ? 'a' : String.fromCharCode(c.charCodeAt(0) + 1);
      s += c.repeat(Math.min(size - s.length, rng.int(1, maxRun)));
      prev = c;
    }
    return [s];
  },
});
