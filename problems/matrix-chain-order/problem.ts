import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'matrix-chain-order',
  title: 'Cheapest order of a matrix chain product',
  category: 'implementation',
  tags: ['dynamic-programming', 'interval-dp'],
  kind: 'function',
  statement: `
A chain of \`n\` matrices is to be multiplied; matrix \`i\` (counting from 0) has
\`dims[i]\` rows and \`dims[i + 1]\` columns, so \`len(dims) == n + 1\`. Multiplying a \`p x q\`
matrix by a \`q x r\` matrix costs \`p * q * r\` scalar multiplications. The product is
associative, so any full parenthesisation gives the same result at a different cost.
Return the smallest total cost over all parenthesisations.

- \`1 <= len(dims) <= 200\`; \`1 <= dims[i] <= 100\`.
- A chain of zero matrices (\`len(dims) == 1\`) or of one matrix (\`len(dims) == 2\`) costs 0.
- Do not modify \`dims\`.
`,
  signature: { params: [{ name: 'dims', type: 'list[int]' }], returns: 'int' },
  entry: { python: 'matrix_chain_cost', javascript: 'matrixChainCost' },
  cases: [
    { args: [[7]], expected: 0, note: 'no matrix at all' },
    { args: [[3, 5]], expected: 0, note: 'one matrix needs no multiplication' },
    { args: [[2, 3, 4]], expected: 24, note: 'two matrices: one way' },
    { args: [[10, 30, 5, 60]], expected: 4500, note: '(AB)C = 1500 + 3000 beats A(BC) = 9000 + 18000' },
    { args: [[40, 20, 30, 10, 30]], expected: 26000, note: 'four matrices' },
    { args: [[1, 2, 3, 4, 3]], expected: 30, note: 'left to right is best' },
    { args: [[5, 5, 5, 5, 5, 5]], expected: 500, note: 'square matrices: every order costs the same' },
    { args: [[30, 35, 15, 5, 10, 20, 25]], expected: 15125, note: 'six matrices' },
    { args: [[100, 1, 100, 1, 100]], expected: 10200, note: 'thin matrices in the middle' },
  ],
  levels: enamelLevels([6, 20, 28, 36]),
  generate(rng, size, level) {
    const n = size + rng.int(0, Math.floor(size / 10));
    // Half the cases draw from a narrow range, where many split points tie.
    const hi = level.caseIndex % 2 === 0 ? 100 : 12;
    return [rng.ints(n + 1, 1, hi)];
  },
});
