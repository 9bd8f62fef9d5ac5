import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'group-anagrams',
  title: 'Group anagrams',
  category: 'implementation',
  tags: ['strings', 'hashing', 'sorting'],
  version: 2,
  kind: 'function',
  statement: `
Given a list of words, group together the words that are anagrams of each other (they use
exactly the same letters the same number of times, in any order). Return the list of groups.

- \`0 <= len(words) <= 10^4\`; each word has 1 to 20 lowercase letters \`a\`-\`z\`.
- Words may repeat; every occurrence belongs to its group (a word given three times appears
  three times in its group).
- Order: each group is sorted in ascending (lexicographic) order, and the groups are sorted by
  their first (smallest) word. This is the same as sorting the list of sorted groups.
- Do not modify \`words\`.
`,
  signature: { params: [{ name: 'words', type: 'list[str]' }], returns: 'list[list[str]]' },
  entry: { python: 'group_anagrams', javascript: 'groupAnagrams' },
  cases: [
    { args: [[]], expected: [], note: 'empty list' },
    { args: [['abc']], expected: [['abc']], note: 'one word' },
    {
      args: [['eat', 'tea', 'tan', 'ate', 'nat', 'bat']],
      expected: [['ate', 'eat', 'tea'], ['bat'], ['nat', 'tan']],
      note: 'classic example',
    },
    { args: [['ab', 'ba', 'ab', 'ab']], expected: [['ab', 'ab', 'ab', 'ba']], note: 'duplicates are kept' },
    { args: [['a', 'b', 'a', 'c']], expected: [['a', 'a'], ['b'], ['c']], note: 'single letters' },
    { args: [['ab', 'abb', 'bab', 'ba']], expected: [['ab', 'ba'], ['abb', 'bab']], note: 'same letters, different counts' },
    { args: [['zyx', 'b', 'xzy', 'a']], expected: [['a'], ['b'], ['xzy', 'zyx']], note: 'groups ordered by their smallest word' },
    {
      args: [['aaaaaaaaaaaaaaaaaaab', 'baaaaaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaaaaaa']],
      expected: [['aaaaaaaaaaaaaaaaaaaa'], ['aaaaaaaaaaaaaaaaaaab', 'baaaaaaaaaaaaaaaaaaa']],
      note: 'longest words',
    },
  ],
  levels: enamelLevels([10, 400, 1600, 3000]),
  generate(rng, size) {
    // Letter multisets over a small alphabet, a vocabulary of their permutations (many
    // anagram groups), then words drawn from the vocabulary (about 37% distinct).
    const keys = Array.from({ length: Math.max(1, Math.floor(size / 6)) }, () => rng.string(rng.int(3, 10), 'abcdefgh'));
    const vocab = Array.from({ length: Math.max(1, Math.floor(size * 0.4)) }, () => rng.shuffle(rng.pick(keys).split('')).join(''));
    return [Array.from({ length: size }, () => rng.pick(vocab))];
  },
});
