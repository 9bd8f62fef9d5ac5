import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'edit-distance',
  title: 'Edit distance',
  category: 'implementation',
  tags: ['dynamic-programming', 'strings'],
  kind: 'function',
  statement: `
Return the Levenshtein distance between the strings \`a\` and \`b\`: the smallest number of
single-character operations that turn \`a\` into \`b\`, where one operation inserts a character,
deletes a character, or replaces a character by a different one.

- \`0 <= len(a), len(b) <= 1000\`; both strings consist of lowercase English letters.
- Either string may be empty (the distance is then the other string's length).
- Return a single integer.
`,
  signature: { params: [{ name: 'a', type: 'str' }, { name: 'b', type: 'str' }], returns: 'int' },
  entry: { python: 'edit_distance', javascript: 'editDistance' },
  cases: [
    { args: ['', ''], expected: 0, note: 'both empty' },
    { args: ['', 'abc'], expected: 3, note: 'empty source: insert everything' },
    { args: ['abc', ''], expected: 3, note: 'empty target: delete everything' },
    { args: ['kitten', 'sitting'], expected: 3, note: 'classic example' },
    { args: ['intention', 'execution'], expected: 5, note: 'classic example' },
    { args: ['abc', 'abc'], expected: 0, note: 'equal strings' },
    { args: ['a', 'b'], expected: 1, note: 'one replacement' },
    { args: ['aaaa', 'aa'], expected: 2, note: 'repeated letters' },
    { args: ['abcdef', 'fedcba'], expected: 6, note: 'reversed' },
    { args: ['abababababababababab', 'babababababababababa'], expected: 2, note: 'shifted by one' },
  ],
  levels: enamelLevels([12, 40, 80, 130]),
  generate(rng, size, level) {
    const alphabet = 'ab';
    const a = rng.string(size, alphabet);
    if (level.caseIndex % 2 === 0) {
      // Unrelated strings of slightly different lengths.
      return [a, rng.string(Math.max(0, size + rng.int(-Math.floor(size / 8), Math.floor(size / 8))), alphabet)];
    }
    // A noisy copy: about a third of the positions are edited, spread over the whole string.
    const out: string[] = [];
    for (const ch of a) {
      const r = rng.float();
      if (r < 0.1) continue; // delete
      if (r < 0.2) out.push(rng.pick([...alphabet]), ch); // insert before
      else if (r < 0.33) out.push(rng.pick([...alphabet])); // replace (maybe by the same letter)
      else out.push(ch);
    }
    return [a, out.join('')];
  },
});
