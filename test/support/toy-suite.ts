// A toy suite on disk: "sum of a list" (size = list length), with Python and JavaScript
// reference tiers, for sweeps and `brisk profile` runs that should take seconds.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';

const TIERS = {
  python: {
    naive: 'def total(xs):\n    s = 0\n    for i in range(len(xs)):\n        for j in range(i + 1):\n            if i == j:\n                s += xs[i]\n    return s\n',
    expert: 'def total(xs):\n    return sum(xs)\n',
  },
  javascript: {
    naive: 'function total(xs) {\n  let s = 0;\n  for (let i = 0; i < xs.length; i++) {\n    s += xs[i];\n  }\n  return s;\n}\n',
    expert: 'function total(xs) {\n  return xs.reduce((a, b) => a + b, 0);\n}\n',
  },
};

/** Levels' sizes may be set (the largest is the default sweep's top). */
export function toySuite(levels: [number, number, number, number] = [4, 10, 20, 40]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-toy-'));
  // An ES module, as in the package: outside vitest, node would otherwise load problem.ts as CommonJS.
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  mkdirSync(path.join(dir, 'problems', 'toy-sum'), { recursive: true });
  writeFileSync(
    path.join(dir, 'problems', 'toy-sum', 'problem.ts'),
    `import { defineProblem, enamelLevels } from ${JSON.stringify(path.join(PACKAGE_ROOT, 'src/problem/spec.ts'))};
export default defineProblem({
  id: 'toy-sum', title: 'Toy sum', category: 'algorithm', kind: 'function',
  statement: 'Return the sum of the integers in xs (0 for an empty list).',
  signature: { params: [{ name: 'xs', type: 'list[int]' }], returns: 'int' },
  entry: { python: 'total', javascript: 'total' },
  cases: [{ args: [[1, 2, 3]], expected: 6 }],
  levels: enamelLevels(${JSON.stringify(levels)}),
  generate: (rng, size) => [rng.ints(size, 0, 9)],
});
`,
  );
  for (const [lang, tiers] of Object.entries(TIERS)) {
    const folder = path.join(dir, 'reference-solutions', 'toy-sum', lang);
    mkdirSync(folder, { recursive: true });
    for (const [tier, code] of Object.entries(tiers)) writeFileSync(path.join(folder, `${tier}.${lang === 'python' ? 'py' : 'js'}`), code);
  }
  return dir;
}

/** Python candidates of toy-sum of known complexity class. */
export const TOY_CANDIDATES: Record<string, string> = {
  'O(n)': 'def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n',
  // A merge sort written in Python, so the log factor is in interpreted steps, then a sum.
  'O(n log n)': [
    'def total(xs):',
    '    a = list(xs)',
    '    width = 1',
    '    while width < len(a):',
    '        out = []',
    '        for lo in range(0, len(a), 2 * width):',
    '            left, right = a[lo:lo + width], a[lo + width:lo + 2 * width]',
    '            i = j = 0',
    '            while i < len(left) and j < len(right):',
    '                if left[i] <= right[j]:',
    '                    out.append(left[i]); i += 1',
    '                else:',
    '                    out.append(right[j]); j += 1',
    '            out.extend(left[i:]); out.extend(right[j:])',
    '        a = out',
    '        width *= 2',
    '    return sum(a)',
    '',
  ].join('\n'),
  'O(n^2)': 'def total(xs):\n    s = 0\n    for i in range(len(xs)):\n        for j in range(len(xs)):\n            if i == j:\n                s += xs[j]\n    return s\n',
  'O(2^n)': 'def total(xs):\n    def go(i):\n        if i == len(xs):\n            return 0\n        return (go(i + 1) + go(i + 1)) // 2 + xs[i]\n    return go(0)\n',
};
