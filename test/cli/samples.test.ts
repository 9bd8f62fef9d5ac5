// Bad sample input, as the check has it: a broken JSON line, an unknown task id and an
// empty solution give three clear messages, and the rest is still evaluated (or, with
// --strict, nothing runs). Also: --json keeps stdout to results.json alone, and --jobs > 1
// with the time meter warns.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobsFor } from '../../src/evaluate/config.ts';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';
import { ResultsSchema, type Results } from '../../src/report/schema.ts';
import { PAIR_SUM_PLAIN } from '../support/fixtures.ts';

const brisk = (args: string[]) => execa('node', [path.join(PACKAGE_ROOT, 'bin/brisk.js'), ...args], { reject: false, cwd: PACKAGE_ROOT });

describe('a samples file with a broken line, an unknown task id and an empty solution', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-bad-samples-'));
  const file = path.join(dir, 'model-q.jsonl');
  writeFileSync(
    file,
    [
      JSON.stringify({ task_id: 'pair-sum-count', solution: PAIR_SUM_PLAIN }),
      '{"task_id": "pair-sum-count", "solution": "def count_pairs(',
      JSON.stringify({ task_id: 'Brisk/no-such-task', solution: 'x = 1' }),
      JSON.stringify({ task_id: 'pair-sum-count', solution: '' }),
      JSON.stringify({ task_id: 'pair-sum-count', solution: 'def count_pairs(nums, target):\n    return -1\n' }),
    ].join('\n'),
  );
  const messages = [
    new RegExp(`^warning: ${file}:2: not valid JSON \\(.*\\); line skipped$`, 'm'),
    new RegExp(`^warning: ${file}:3: unknown task_id "Brisk/no-such-task"; line skipped$`, 'm'),
    new RegExp(`^warning: ${file}:4: empty solution for pair-sum-count; it counts as a failed sample$`, 'm'),
  ];
  let run: Awaited<ReturnType<typeof brisk>>;
  let results: Results;
  beforeAll(async () => {
    const out = path.join(dir, 'out');
    run = await brisk(['run', '--samples', file, '--problems', 'pair-sum-count', '--meter', 'time', '--repetitions', '1', '--jobs', '2', '--no-store', '--no-tier-metrics', '--json', '--out', out]);
    results = ResultsSchema.parse(JSON.parse(run.stdout));
  }, 300_000);

  it('says what is wrong and where, in three lines', () => {
    expect(run.exitCode, run.stderr).toBe(0);
    for (const m of messages) expect(run.stderr).toMatch(m);
    expect(run.stderr.match(/model-q\.jsonl:\d+/g)).toHaveLength(3);
  });

  it('still evaluates the rest: the two good lines and the empty one (as a failure)', () => {
    const p = results.entrants[0]!.problems[0]!;
    expect(p.samples.map((s) => s.origin)).toEqual([`${file}:1`, `${file}:4`, `${file}:5`]);
    expect(p.samples.map((s) => s.status)).toEqual(['passed', 'error', 'wrong_answer']);
    // pass@1 = 1 correct of n = 3.
    expect(p['pass@1']).toBeCloseTo(1 / 3, 12);
  });

  it('--json: stdout is results.json alone (progress and warnings on stderr)', () => {
    expect(run.stdout.trimStart().startsWith('{')).toBe(true);
    expect(run.stderr).toMatch(/\[samples 3\/3 100%\] passed 1, failed 2, timed out 0, from store 0/);
  });

  it('--jobs 2 with the time meter runs, with a warning only where there are fewer cores', () => {
    expect(results.config.jobs).toBe(2);
    const warning = jobsFor('time', 2).warning;
    if (warning) expect(run.stderr).toContain(warning);
    else expect(run.stderr).not.toMatch(/warning: --jobs/);
  });

  it('--strict stops before running anything, naming all three', async () => {
    const out = path.join(dir, 'strict');
    const r = await brisk(['run', '--samples', file, '--problems', 'pair-sum-count', '--meter', 'time', '--strict', '--no-store', '--out', out]);
    // Bad samples are a failure of the input, not of the command line: 1, not 2.
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^brisk: --strict: 3 problem\(s\) in the samples \(listed above\); nothing was run$/m);
    expect(r.stderr.match(/^error: .*model-q\.jsonl:[234]: /gm)).toHaveLength(3);
    expect(existsSync(out)).toBe(false);
  });
});

describe('jobs', () => {
  it('every meter defaults to two jobs, the time meter one when it times JavaScript; warnings past the cores or with JavaScript', () => {
    expect(jobsFor('time', undefined, { cores: 2 })).toEqual({ jobs: 2, warning: undefined });
    expect(jobsFor('time', undefined, { cores: 2, timesJavaScript: true })).toEqual({ jobs: 1, warning: undefined });
    expect(jobsFor('time', 2, { cores: 2, timesJavaScript: true }).warning).toMatch(/^warning: --jobs 2 with the time meter and JavaScript samples/);
    expect(jobsFor('time', 3, { cores: 2 }).warning).toMatch(/^warning: --jobs 3 with the time meter on 2 core\(s\)/);
    expect(jobsFor('time', undefined, { cores: 1 }).warning).toMatch(/^warning: --jobs 2 with the time meter on 1 core\(s\)/);
    expect(jobsFor('instructions', 3, { cores: 2, timesJavaScript: true })).toEqual({ jobs: 3, warning: undefined });
  });
});
