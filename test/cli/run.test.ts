// The `brisk` command as a user runs it: a real run on one problem, reports on disk, bad input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProblems, PACKAGE_ROOT } from '../../src/problem/load.ts';
import { ResultsSchema, type Results } from '../../src/report/schema.ts';

const brisk = (args: string[]) => execa('node', [path.join(PACKAGE_ROOT, 'bin/brisk.js'), ...args], { reject: false, cwd: PACKAGE_ROOT });

describe('brisk run', () => {
  let out: string;
  let results: Results;
  let stdout: string;
  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'brisk-cli-'));
    const samples = path.join(out, 'model-x.jsonl');
    writeFileSync(
      samples,
      [
        JSON.stringify({
          task_id: 'pair-sum-count',
          solution: '```python\ndef count_pairs(nums, target):\n    return sum(1 for i in range(len(nums)) for j in range(i + 1, len(nums)) if nums[i] + nums[j] == target)\n```',
        }),
        JSON.stringify({ task_id: 'pair-sum-count', solution: 'def count_pairs(nums, target):\n    return -1\n' }),
        'not json',
      ].join('\n'),
    );
    const r = await brisk(['run', '--problems', 'pair-sum-count', '--meter', 'time', '--repetitions', '2', '--samples', samples, '--k', '1,2', '--out', out, '--no-store']);
    expect(r.exitCode, r.stderr).toBe(0);
    stdout = r.stdout;
    results = ResultsSchema.parse(JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')));
    expect(r.stderr).toMatch(/model-x.jsonl:3: not valid JSON/);
  }, 240_000);

  it('prints a leaderboard and writes results.json and leaderboard.md', () => {
    expect(stdout).toMatch(/entrant\s+pass@1\s+eff@1\s+pass@2\s+eff@2/);
    expect(stdout).toMatch(/model-x\s+0\.500/);
    expect(readFileSync(path.join(out, 'leaderboard.md'), 'utf8')).toMatch(/\| 1 \| model-x \|/);
  });

  it('results.json names meter, interpreter, isolation and machine, with per-sample statuses', () => {
    expect(results.environment.meter.name).toBe('time');
    // The time meter runs two jobs (one with JavaScript samples) unless --jobs says otherwise.
    expect(results.config.jobs).toBe(2);
    expect(results.environment.interpreter.version).toMatch(/^3\./);
    expect(results.environment.isolation.label).toMatch(/bubblewrap|prlimit-only/);
    const p = results.entrants[0]!.problems[0]!;
    expect(p.n).toBe(2);
    expect(p['pass@1']).toBe(0.5);
    expect(p['pass@2']).toBe(1);
    expect(p.samples.map((s) => s.status)).toEqual(['timeout', 'wrong_answer']);
  });

  it('results.json carries the memory pass: on by default, the expert reference measured', () => {
    expect(results.config.memory).toBe(true);
    const ref = results.references.find((r) => r.language === 'python')!;
    expect(ref.memory?.peakBytes).toBeGreaterThan(0);
    expect(ref.memory?.rssPeakBytes).toBeGreaterThan(ref.memory!.peakBytes);
    expect(ref.memory?.integralUnit).toBe('byte*ns');
  });

  it('rejects bad options with one line naming the option', async () => {
    const r = await brisk(['run', '--k', '0']);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(/--k takes whole numbers >= 1/);
    const p = await brisk(['run', '--problems', 'no-such-problem']);
    expect(p.stderr.trim()).toBe('brisk: --problems: unknown problem id(s): no-such-problem');
    const k = await brisk(['run', '--problems', 'pair-sum-count', '--k', '3', '--meter', 'time', '--no-store']);
    expect(k.stderr).toMatch(/--k 3: entrant "naive" has only 1 sample\(s\) for pair-sum-count/);
  });
});

describe('brisk problems', () => {
  it('list --json and show --json describe problems', async () => {
    const list = JSON.parse((await brisk(['problems', 'list', '--json'])).stdout) as { id: string; kind: string }[];
    expect(list.find((p) => p.id === 'pair-sum-count')).toMatchObject({ kind: 'function', entry: { python: 'count_pairs' } });
    const show = JSON.parse((await brisk(['problems', 'show', 'pair-sum-count', '--json'])).stdout);
    expect(show.signature).toEqual({
      params: [
        { name: 'nums', type: 'list[int]' },
        { name: 'target', type: 'int' },
      ],
      returns: 'int',
    });
    expect(show.references.python).toEqual(['naive', 'standard', 'expert']);
  });

  it('list --json gives every problem its kind, category and tags', async () => {
    const list = JSON.parse((await brisk(['problems', 'list', '--json'])).stdout) as { id: string; kind: string; category: string; tags: string[] }[];
    const problems = await loadProblems(PACKAGE_ROOT);
    expect(list.map((p) => p.id)).toEqual(problems.map((p) => p.spec.id));
    for (const p of problems) {
      expect(list.find((x) => x.id === p.spec.id)).toMatchObject({ kind: p.spec.kind, category: p.spec.category, tags: p.spec.tags });
    }
    expect(list.find((p) => p.id === 'csv-column-sum')).toMatchObject({ kind: 'stdio', category: 'implementation', tags: ['parsing', 'strings', 'csv'] });
  });
});
