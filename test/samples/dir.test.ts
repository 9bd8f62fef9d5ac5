import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSamplesDir } from '../../src/samples/dir.ts';

const known = new Set(['pair-sum-count', 'count-primes']);

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'brisk-dir-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('<model>/<task>/<n>.<ext> folders', () => {
  it('reads a folder of models: one entrant each, samples in numeric order, language from the extension', () => {
    const root = tree({
      'model-a/pair-sum-count/10.py': 'def count_pairs(a, t):\n    return 10\n',
      'model-a/pair-sum-count/2.py': '```python\ndef count_pairs(a, t):\n    return 2\n```\n',
      'model-a/Brisk_count-primes/0.js': 'function countPrimes(n) { return 0; }\n',
      'model-b/pair-sum-count/0.ts': 'function countPairs(a: number[], t: number): number { return 0; }\n',
    });
    const loads = readSamplesDir(root, known);
    expect(loads.map((l) => l.entrant.name)).toEqual(['model-a', 'model-b']);
    const a = loads[0]!.entrant.samples;
    // 2 before 10: numeric order, not text order.
    expect(a.get('pair-sum-count')!.map((s) => path.basename(s.origin))).toEqual(['2.py', '10.py']);
    // The fence is stripped.
    expect(a.get('pair-sum-count')![0]!.source).toBe('def count_pairs(a, t):\n    return 2\n');
    expect(a.get('count-primes')![0]!.language).toBe('javascript');
    expect(loads[1]!.entrant.samples.get('pair-sum-count')![0]!.language).toBe('typescript');
    expect(loads.flatMap((l) => l.errors)).toEqual([]);
  });

  it('reads one model folder directly, and reports an unknown task, an empty file and a foreign extension', () => {
    const root = tree({
      'pair-sum-count/0.py': 'def count_pairs(a, t):\n    return 0\n',
      'pair-sum-count/1.py': '   \n',
      'pair-sum-count/notes.txt': 'hello',
      'no-such-task/0.py': 'x = 1\n',
    });
    const [load, ...more] = readSamplesDir(root, known);
    expect(more).toEqual([]);
    expect(load!.entrant.name).toBe(path.basename(root));
    expect(load!.errors).toEqual([
      `${path.join(root, 'no-such-task')}: unknown task id "no-such-task"; folder skipped`,
      `${path.join(root, 'pair-sum-count', '1.py')}: empty solution for pair-sum-count; it counts as a failed sample`,
      `${path.join(root, 'pair-sum-count', 'notes.txt')}: not a .py, .js or .ts file; skipped`,
    ]);
    // The empty sample still counts (as a failure); the .txt does not.
    expect(load!.entrant.samples.get('pair-sum-count')).toHaveLength(2);
  });

  it('names a path that is not a folder', () => {
    expect(() => readSamplesDir('/nonexistent/samples', known)).toThrow('/nonexistent/samples: not a folder');
  });
});
