// `brisk compare` as a user runs it, on a results.json from a mock run of two entrants.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';
import type { MetricComparison } from '../../src/score/compare.ts';
import { mockResults, model, slow } from '../support/tier-run.ts';

const brisk = (args: string[]) => execa('node', [path.join(PACKAGE_ROOT, 'bin/brisk.js'), ...args], { reject: false, cwd: PACKAGE_ROOT });

describe('brisk compare', () => {
  let file: string;
  beforeAll(async () => {
    const results = await mockResults([model, slow]);
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'brisk-compare-')), 'results.json');
    writeFileSync(file, JSON.stringify(results));
  });

  it('prints the paired differences; --json gives the same figures', async () => {
    const text = await brisk(['compare', file, 'model', 'slow']);
    expect(text.exitCode, text.stderr).toBe(0);
    // eff@1: model's scores are 1 (EXPERT), 1.5 (FAST: r = 0.5 on every level, (2 - 0.5) / 1) and 0: mean 2.5/3;
    // slow's are 0 (STANDARD: r = 3), 0, 0. Difference 0.833 on the one shared problem: a win.
    expect(text.stdout).toMatch(/eff@1\s+1\s+0\.833\s+\[0\.833, 0\.833\]\s+1\/0\/0\s+1\.00/);
    const json = await brisk(['compare', file, 'model', 'slow', '--json']);
    const metrics = JSON.parse(json.stdout).metrics as MetricComparison[];
    const net = metrics.find((m) => m.metric === 'NET')!;
    // NET: model mean(600/600, 300/600) = 0.75; slow 1800/600 = 3 (both STANDARD): difference -2.25, lower is better: a win.
    expect(net).toMatchObject({ problems: 1, meanDifference: -2.25, wins: 1, losses: 0 });
    expect(metrics.some((m) => m.metric === 'NET_pooled')).toBe(false);
  });

  it('names the missing entrant or the bad file in one line', async () => {
    const r = await brisk(['compare', file, 'model', 'nobody']);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr.trim()).toBe('brisk: no entrant "nobody" in this results.json; it has: model, slow');
    const bad = path.join(path.dirname(file), 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 2}');
    expect((await brisk(['compare', bad, 'a', 'b'])).stderr).toMatch(new RegExp(`^brisk: ${bad}: not a Brisk results.json: `));
  });
});
