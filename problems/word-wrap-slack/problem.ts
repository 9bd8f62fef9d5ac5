import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'word-wrap-slack',
  title: 'Greedy word wrap: lines and slack',
  category: 'implementation',
  tags: ['strings', 'text-formatting', 'memory'],
  kind: 'function',
  statement: `
Wrap \`text\` greedily to lines of at most \`width\` characters and report the result's shape.

\`text\` is a sequence of words separated by single spaces, with no leading or trailing space.
Lines are filled greedily: the first line takes as many words from the start as fit when joined
with single spaces into at most \`width\` characters; the next line starts at the next word, and
so on. Every word fits on a line of its own.

Return \`[lines, slack]\`: the number of lines, and the sum over every line except the last of
\`(width - length of the line)^2\`.

- \`0 <= len(text) <= 10^6\`; words consist of lowercase letters \`a\`-\`z\`, each 1 to 20 long.
- \`20 <= width <= 200\`.
- An empty text has no lines: \`[0, 0]\`. A text that fits on one line gives \`[1, 0]\`.

Example: \`"aaa bb cc ddddd"\` with \`width = 6\` (below the bounds, for brevity) wraps to
\`"aaa bb"\`, \`"cc"\`, \`"ddddd"\`, so the answer is \`[3, 0 + 16]\` = \`[3, 16]\`.
`,
  signature: {
    params: [
      { name: 'text', type: 'str' },
      { name: 'width', type: 'int' },
    ],
    returns: 'list[int]',
  },
  entry: { python: 'wrap_slack', javascript: 'wrapSlack' },
  cases: [
    { args: ['', 20], expected: [0, 0], note: 'empty text' },
    { args: ['hello', 20], expected: [1, 0], note: 'one word' },
    { args: ['aaa bb cc ddddd', 6], expected: [3, 16], note: 'the example' },
    { args: ['abcdefghijklmnopqrst', 20], expected: [1, 0], note: 'a word exactly as long as the width' },
    { args: ['abcdefghij abcdefghi abcdefghij', 20], expected: [2, 0], note: 'first line exactly full (10 + 1 + 9)' },
    { args: ['abcdefghij abcdefghij', 20], expected: [2, 100], note: 'one character too long to share a line' },
    { args: ['a a a a a a a a a a a a', 20], expected: [2, 1], note: 'duplicates: ten a fill 19 of 20' },
    {
      args: ['x '.repeat(30).trim(), 21],
      expected: [3, 0],
      note: 'eleven one-letter words fill 21 exactly; the last line holds the rest',
    },
  ],
  levels: enamelLevels([60, 20000, 80000, 300000]),
  generate(rng, size) {
    // About `size` characters of words 1..20 long (mostly short), wrapped to a width of 40..160.
    const width = rng.int(40, 160);
    const words: string[] = [];
    let length = -1;
    while (length < size) {
      const r = rng.float();
      const word = rng.string(r < 0.85 ? rng.int(1, 8) : rng.int(9, 20));
      words.push(word);
      length += word.length + 1;
    }
    return [words.join(' '), width];
  },
});
