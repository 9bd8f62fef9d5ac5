import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'word-frequency',
  title: 'Most frequent words',
  category: 'implementation',
  tags: ['strings', 'hashing', 'counting'],
  kind: 'stdio',
  statement: `
Read a text from standard input and print its 10 most frequent words with their counts.

- The text consists of lowercase letters \`a\`-\`z\`, spaces and newlines only, with at most
  10^6 characters. A word is a maximal run of letters; spaces and newlines separate words
  (there may be several in a row, and at the start or end).
- Output one line per word, \`word count\` (a single space between them), ordered by count
  descending; words with equal counts are ordered alphabetically (ascending).
- Print at most 10 lines: fewer if the text has fewer than 10 distinct words, and nothing at
  all if it has no words.
`,
  cases: [
    { stdin: '', expected: '', note: 'empty input' },
    { stdin: '   \n\n  \n', expected: '', note: 'only whitespace' },
    { stdin: 'hello', expected: 'hello 1\n', note: 'one word, no newline' },
    { stdin: 'b a c b a b\n', expected: 'b 3\na 2\nc 1\n', note: 'counts descending' },
    { stdin: 'pear apple fig\nfig apple pear\n', expected: 'apple 2\nfig 2\npear 2\n', note: 'ties alphabetical' },
    {
      stdin: '  the cat and the hat\n\nand the   bat sat on the mat with a rat and a fox\n',
      expected: 'the 4\nand 3\na 2\nbat 1\ncat 1\nfox 1\nhat 1\nmat 1\non 1\nrat 1\n',
      note: 'top 10 only, runs of spaces, blank line',
    },
    {
      stdin: 'k j i h g f e d c b a l\n',
      expected: 'a 1\nb 1\nc 1\nd 1\ne 1\nf 1\ng 1\nh 1\ni 1\nj 1\n',
      note: 'twelve tied words: the 10 alphabetically first',
    },
    { stdin: 'ab abc ab abcd abc ab\n', expected: 'ab 3\nabc 2\nabcd 1\n', note: 'words that are prefixes of others' },
  ],
  levels: enamelLevels([30, 1000, 3000, 8000]),
  generate(rng, size) {
    // \`size\` words drawn with a Zipf-like skew from a vocabulary of size/4 random words,
    // separated by one or more spaces, with line breaks and the odd blank line.
    const vocab = Array.from({ length: Math.max(2, Math.floor(size / 4)) }, () => rng.string(rng.int(1, 9)));
    const seps = [' ', ' ', ' ', ' ', ' ', ' ', '  ', '\n', '\n', '\n\n'];
    let text = rng.bool(0.3) ? ' ' : '';
    for (let i = 0; i < size; i++) {
      const r = rng.float();
      text += vocab[Math.floor(vocab.length * r * r * r)]! + rng.pick(seps);
    }
    return text;
  },
});
