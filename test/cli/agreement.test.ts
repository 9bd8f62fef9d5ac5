// `brisk run --check-agreement` as a user runs it: a real instruction run on one problem, the
// time pass after it, and the agreement in results.json, on stdout and in index.html.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';
import { ResultsSchema } from '../../src/report/schema.ts';

const brisk = (args: string[]) => execa('node', [path.join(PACKAGE_ROOT, 'bin/brisk.js'), ...args], { reject: false, cwd: PACKAGE_ROOT });

describe('brisk run --check-agreement', () => {
  it('times the surviving tiers again and reports the agreement in results.json, on stdout and in index.html', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'brisk-agreement-'));
    // --meter auto: valgrind here (perf where there is a PMU), an instruction meter either way.
    const r = await brisk(['run', '--problems', 'pair-sum-count', '--check-agreement', '--no-store', '--no-memory', '--no-tier-metrics', '--out', out]);
    expect(r.exitCode, r.stderr).toBe(0);
    const results = ResultsSchema.parse(JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')));
    expect(results.environment.meter.name).toBe('instructions');
    const a = results.agreement!;
    // The three tiers entered: at least the expert has every level measured, the naive at most.
    expect(a.timePass.samples).toBeGreaterThanOrEqual(1);
    expect(a.timePass.samples).toBeLessThanOrEqual(3);
    expect(a.n).toBeGreaterThanOrEqual(3);
    expect(a.pairs).toHaveLength(a.n);
    expect(a.n + a.unpaired.instructionsOnly).toBeLessThanOrEqual(3 * a.timePass.samples);
    expect(a.problems).toEqual([{ id: 'pair-sum-count', n: a.n, spearman: a.spearman, medianGap: a.medianGap }]);
    if (a.spearman !== undefined) expect(Math.abs(a.spearman)).toBeLessThanOrEqual(1);
    expect(a.medianGap).toBeGreaterThanOrEqual(1);
    const worst = a.disagreements[0]!.worst;
    expect(['naive', 'standard', 'expert']).toContain(worst.entrant);
    expect(worst.instructions).toBeGreaterThan(0);
    expect(worst.time).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/^agreement of instructions and time: (Spearman -?[01]\.\d{3} over \d+ level ratios|no Spearman).*; time pass \d sample\(s\), [\d.]+ s$/m);
    expect(r.stderr).toMatch(/agreement check: timing the \d sample\(s\) with a measured level, on 1 problem\(s\), with the time meter \(--jobs 2\)/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<h2 id="agreement">Meter agreement</h2>');
  }, 120_000);

  it('is a usage error with the time meter or a queue, named in one line', async () => {
    const time = await brisk(['run', '--problems', 'pair-sum-count', '--meter', 'time', '--check-agreement', '--no-store']);
    expect(time.exitCode).toBe(2);
    expect(time.stderr.trim().split('\n').at(-1)).toBe('brisk: --check-agreement compares a deterministic meter with time: use --meter instructions, cycles, perf or auto, not --meter time');
    const queue = await brisk(['run', '--problems', 'pair-sum-count', '--queue', 'redis://127.0.0.1:1', '--check-agreement', '--no-store']);
    expect(queue.exitCode).toBe(2);
    expect(queue.stderr).toMatch(/^brisk: --check-agreement does not work with --queue: a worker serves one meter/m);
  }, 60_000);
});
