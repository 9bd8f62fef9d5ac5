import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCode } from '../../src/samples/extract.ts';
import { readSamplesFile } from '../../src/samples/jsonl.ts';

function file(lines: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-samples-'));
  const f = path.join(dir, 'model-a.jsonl');
  writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

describe('EvalPlus JSONL samples', () => {
  it('groups lines by task id into n samples, one entrant named after the file', () => {
    const f = file([
      JSON.stringify({ task_id: 'pair-sum-count', solution: 'def count_pairs(a, t):\n    return 0\n' }),
      JSON.stringify({ task_id: 'Brisk/pair-sum-count', completion: 'def count_pairs(a, t):\n    return 1\n' }),
      JSON.stringify({ task_id: 'count-primes', solution: 'x = 1' }),
    ]);
    const r = readSamplesFile(f, new Set(['pair-sum-count', 'count-primes']));
    expect(r.entrant.name).toBe('model-a');
    expect(r.entrant.samples.get('pair-sum-count')!.map((s) => s.origin)).toEqual([`${f}:1`, `${f}:2`]);
    expect(r.errors).toEqual([]);
  });

  it('reports a broken line, an unknown task id and an empty solution with file:line, and keeps the rest', () => {
    const f = file([
      '{"task_id": "pair-sum-count", "solution": ',
      JSON.stringify({ task_id: 'no-such-task', solution: 'x' }),
      JSON.stringify({ task_id: 'pair-sum-count', solution: '' }),
      JSON.stringify({ task_id: 'pair-sum-count' }),
      JSON.stringify({ task_id: 'pair-sum-count', solution: 'def count_pairs(a, t):\n    return 0\n' }),
    ]);
    const r = readSamplesFile(f, new Set(['pair-sum-count']), 'renamed');
    expect(r.entrant.name).toBe('renamed');
    expect(r.errors).toHaveLength(4);
    expect(r.errors[0]).toMatch(new RegExp(`^${f}:1: not valid JSON`));
    expect(r.errors[1]).toBe(`${f}:2: unknown task_id "no-such-task"; line skipped`);
    expect(r.errors[2]).toBe(`${f}:3: empty solution for pair-sum-count; it counts as a failed sample`);
    expect(r.errors[3]).toMatch(/:4: .*needs "solution" or "completion"/);
    expect(r.entrant.samples.get('pair-sum-count')).toHaveLength(2);
  });

  it('names a missing file', () => {
    expect(() => readSamplesFile('/nonexistent/x.jsonl', new Set())).toThrow('/nonexistent/x.jsonl: cannot read: ENOENT');
  });
});

describe('code extraction from markdown', () => {
  it('takes the longest python block and leaves plain code alone', () => {
    const answer = 'Here you go:\n```python\ndef f():\n    return 1\n```\nand a test:\n```\nf()\n```\n';
    expect(extractCode(answer)).toBe('def f():\n    return 1\n');
    expect(extractCode('def f():\n    return 1\n')).toBe('def f():\n    return 1\n');
  });
  it('falls back to the longest block of any language', () => {
    expect(extractCode('```text\nhello there\n```\n```sh\nls\n```')).toBe('hello there\n');
  });
});
