import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';
import type { Rng } from '../../src/problem/rng.ts';

const OPERATORS = ['**', '//', '==', '!=', '<=', '>=', '<<', '>>', '&&', '||', '->', ...'+-*/%^&|!<>=()[]{},.;:'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_';
const WORD = LETTERS + '0123456789';

/** Text of about `size` characters: random tokens with random (often no) whitespace between. */
function expression(rng: Rng, size: number): string {
  let s = '';
  while (s.length < size) {
    const r = rng.float();
    if (r < 0.3) s += rng.int(0, 10 ** rng.int(1, 12)) + (rng.bool(0.3) ? '.' + rng.int(0, 999999) : '');
    else if (r < 0.6) s += rng.string(1, LETTERS) + rng.string(rng.int(0, 16), WORD);
    else s += rng.pick(OPERATORS);
    const w = rng.float();
    s += w < 0.45 ? '' : w < 0.85 ? ' ' : w < 0.9 ? '  ' : w < 0.95 ? '\n' : '\t';
  }
  return s;
}

export default defineProblem({
  id: 'tokenize-arithmetic',
  title: 'Tokenize an expression',
  category: 'implementation',
  tags: ['parsing', 'strings', 'lexer'],
  kind: 'function',
  statement: `
Split the text \`expr\` into tokens and return them, in order, as a list of strings.

Reading from the left, skip whitespace (spaces, tabs, newlines), then take the longest token
that starts at the current position:

- a **number**: one or more digits \`0-9\`, optionally followed by \`.\` and one or more digits
  (\`3.25\`); a \`.\` not followed by a digit is not part of the number (\`1.\` is \`1\` then
  \`.\`; \`.5\` is \`.\` then \`5\`);
- a **name**: a letter \`A-Z\`, \`a-z\` or \`_\`, then any letters, digits and \`_\`
  (\`2x\` is \`2\` then \`x\`);
- an **operator**: one of the two-character operators \`** // == != <= >= << >> && || ->\`,
  else one of the characters \`+ - * / % ^ & | ! < > = ( ) [ ] { } , . ; :\`
  (\`***\` is \`**\` then \`*\`; \`<<=\` is \`<<\` then \`=\`).

\`0 <= len(expr) <= 10^6\`; \`expr\` holds only the characters above and whitespace.
Whitespace never appears in a token.
`,
  signature: { params: [{ name: 'expr', type: 'str' }], returns: 'list[str]' },
  entry: { python: 'tokenize', javascript: 'tokenize' },
  cases: [
    { args: [''], expected: [], note: 'empty text' },
    { args: [' \t\n '], expected: [], note: 'whitespace only' },
    { args: ['x = 3.25 * (y_1 + 42)'], expected: ['x', '=', '3.25', '*', '(', 'y_1', '+', '42', ')'], note: 'a plain expression' },
    { args: ['a***b<<=c'], expected: ['a', '**', '*', 'b', '<<', '=', 'c'], note: 'longest operator first' },
    { args: ['1.x+.5-2.'], expected: ['1', '.', 'x', '+', '.', '5', '-', '2', '.'], note: 'dots that are not decimal points' },
    { args: ['2x3y'], expected: ['2', 'x3y'], note: 'a number then a name' },
    { args: ['f(a,b)->{c;d:e}'], expected: ['f', '(', 'a', ',', 'b', ')', '->', '{', 'c', ';', 'd', ':', 'e', '}'], note: 'punctuation' },
    { args: ['a&&b||!c!=d//e%f^g'], expected: ['a', '&&', 'b', '||', '!', 'c', '!=', 'd', '//', 'e', '%', 'f', '^', 'g'], note: 'logical operators' },
    { args: ['007.0100'], expected: ['007.0100'], note: 'leading and trailing zeros kept' },
  ],
  levels: enamelLevels([40, 12000, 30000, 60000]),
  generate(rng, size) {
    return [expression(rng, size)];
  },
});
