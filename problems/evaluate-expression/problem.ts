import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'evaluate-expression',
  title: 'Evaluate an arithmetic expression',
  category: 'algorithm',
  tags: ['parsing', 'stacks', 'strings'],
  kind: 'function',
  statement: `
Evaluate an arithmetic expression given as a string and return its integer value.

- The expression is built from non-negative decimal integer literals, the binary operators
  \`+\`, \`-\` and \`*\`, and parentheses. Literals have no sign; there is no unary minus
  (\`-3\` or \`2*-3\` never appear), and no leading zeros except the literal \`0\` itself.
- Usual rules: \`*\` binds tighter than \`+\` and \`-\`; operators of equal precedence are
  applied from left to right (\`8-3-2\` is 3); parentheses group.
- Single spaces may appear between any two tokens; there are no other characters.
- \`1 <= len(expr) <= 2 * 10^5\`; parentheses nest at most 50 deep; the expression is valid.
- The result and intermediate values may be large or negative; return the exact value (Python
  integers are unbounded). Results stay below 10^1000 in absolute value.
`,
  signature: { params: [{ name: 'expr', type: 'str' }], returns: 'int' },
  entry: { python: 'evaluate', javascript: 'evaluate' },
  cases: [
    { args: ['7'], expected: 7, note: 'single literal' },
    { args: ['0'], expected: 0, note: 'zero' },
    { args: ['2+3*4'], expected: 14, note: 'precedence' },
    { args: ['(2+3)*4'], expected: 20, note: 'parentheses' },
    { args: ['8-3-2'], expected: 3, note: 'left associativity of minus' },
    { args: ['1 - (2 - (3 - 4))'], expected: -2, note: 'nested, spaces, negative result' },
    { args: ['2*3*4-5*6'], expected: -6, note: 'products on both sides' },
    { args: ['((((42))))'], expected: 42, note: 'redundant parentheses' },
    { args: ['9999999*99999999'], expected: 999999890000001, note: 'large product of long literals' },
    { args: ['3-10*(2+2)*0+1'], expected: 4, note: 'multiplication by zero inside a sum' },
  ],
  levels: enamelLevels([12, 1000, 4000, 10000]),
  generate(rng, size) {
    // Random expression: sums of products of numbers and parenthesized sub-expressions. `mag`
    // bounds log10 of the value so results stay moderate (products of big groups are avoided).
    const expression = (depth: number, maxDepth: number, terms: number): { text: string; mag: number } => {
      const parts: string[] = [];
      let mag = 0;
      for (let t = 0; t < terms; t++) {
        const factors = rng.int(1, 3);
        let term = '';
        let tmag = 0;
        for (let f = 0; f < factors; f++) {
          let text: string;
          let fmag: number;
          if (depth < maxDepth && rng.bool(0.35)) {
            const sub = expression(depth + 1, maxDepth, rng.int(1, 4));
            text = `(${sub.text})`;
            fmag = sub.mag;
          } else {
            const v = rng.int(0, rng.pick([9, 99, 9999]));
            text = String(v);
            fmag = String(v).length;
          }
          if (f > 0 && tmag + fmag > 40) break;
          term += (f > 0 ? (rng.bool(0.2) ? ' * ' : '*') : '') + text;
          tmag += fmag;
        }
        parts.push(term);
        mag = Math.max(mag, tmag);
      }
      let text = parts[0]!;
      for (let t = 1; t < parts.length; t++) {
        const op = rng.bool() ? '+' : '-';
        text += rng.bool(0.2) ? ` ${op} ` : op;
        text += parts[t];
      }
      return { text, mag: mag + 1 };
    };
    // A top-level sum of such expressions, grown until the text reaches the target size.
    let text = '';
    while (text.length < size) {
      const piece = expression(0, 6, rng.int(1, 4)).text;
      text += text === '' ? piece : (rng.bool() ? '+' : '-') + piece;
    }
    return [text];
  },
});
