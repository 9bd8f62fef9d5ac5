import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'reverse-words',
  title: 'Reverse the words of each line',
  category: 'implementation',
  tags: ['strings'],
  kind: 'stdio',
  statement: `
Read lines from standard input. For each line, print its words in reverse order, separated
by single spaces.

- A word is a maximal run of non-space characters. Words consist of lowercase letters
  \`a\`-\`z\`; a line may contain any number of spaces between words, before the first word
  and after the last.
- Print exactly one output line per input line, in the same order; a line without words
  gives an empty output line. The last input line may or may not end with a newline.
- The input has at most 10^6 characters.
`,
  cases: [
    { stdin: '', expected: '', note: 'empty input' },
    { stdin: 'hello\n', expected: 'hello\n', note: 'one word' },
    { stdin: 'the sky is blue\n', expected: 'blue is sky the\n', note: 'simple' },
    { stdin: '  a   good    example  \n', expected: 'example good a\n', note: 'extra spaces collapse' },
    { stdin: 'one two\n\nthree four five\n', expected: 'two one\n\nfive four three\n', note: 'blank line kept' },
    { stdin: 'no newline at end', expected: 'end at newline no\n', note: 'last line without newline' },
    { stdin: '   \nx y\n', expected: '\ny x\n', note: 'line of spaces only' },
    { stdin: 'a a b\nb a a\n', expected: 'b a a\na a b\n', note: 'repeated words' },
  ],
  levels: enamelLevels([8, 120, 400, 1200]),
  generate(rng, size) {
    // `size` lines of 0 to 24 short words with irregular spacing.
    const lines: string[] = [];
    for (let i = 0; i < size; i++) {
      const n = rng.bool(0.05) ? 0 : rng.int(1, 24);
      let line = rng.bool(0.1) ? ' '.repeat(rng.int(1, 3)) : '';
      for (let k = 0; k < n; k++) {
        line += (k > 0 ? (rng.bool(0.85) ? ' ' : ' '.repeat(rng.int(2, 4))) : '') + rng.string(rng.int(1, 8));
      }
      if (rng.bool(0.1)) line += ' '.repeat(rng.int(1, 3));
      lines.push(line);
    }
    return lines.join('\n') + (rng.bool(0.9) ? '\n' : '');
  },
});
