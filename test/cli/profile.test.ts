// `brisk profile` as a user runs it on a toy problem: two versions of a solution, the line that
// dominates growth named, the comparison, and profile.json valid under its published schema.
// The time meter keeps it quick (line counts are exact under any meter; test/profile/lines.test.ts
// covers them under callgrind).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';
import { profileJsonSchema, ProfileSchema } from '../../src/profile/schema.ts';
import { TOY_CANDIDATES, toySuite } from '../support/toy-suite.ts';

const brisk = (args: string[]) => execa('node', [path.join(PACKAGE_ROOT, 'bin/brisk.js'), ...args], { reject: false, cwd: PACKAGE_ROOT });

describe('brisk profile a.py b.py', () => {
  let out: string;
  let stdout: string;
  beforeAll(async () => {
    const suite = toySuite();
    out = mkdtempSync(path.join(os.tmpdir(), 'brisk-profile-'));
    writeFileSync(path.join(out, 'slow.py'), TOY_CANDIDATES['O(n^2)']!);
    writeFileSync(path.join(out, 'fast.py'), TOY_CANDIDATES['O(n)']!);
    const r = await brisk(['profile', path.join(out, 'slow.py'), path.join(out, 'fast.py'), '--problem', 'toy-sum', '--suite', suite, '--meter', 'time', '--sizes', '8,16,32,64,128', '--out', out]);
    expect(r.exitCode, r.stderr).toBe(0);
    stdout = r.stdout;
  }, 400_000);

  it('prints the annotated source and names the line that dominates growth', () => {
    expect(stdout).toMatch(/lines of slow\.py: executions per call at n=128/);
    // The inner `if i == j:` (line 5) runs n^2 = 16,384 times at n=128 (well under the sweep's
    // censoring at 50x the expert's time, even on a loaded machine).
    expect(stdout).toMatch(/^\s*[>*]?\s+5\s+16,384\s+O\(n\^2\)/m);
    // The time meter's costs move with load, and the share model is fitted to them: only the
    // form is checked here; test/profile/lines.test.ts names the line under callgrind.
    expect(stdout).toMatch(/^hot line: line \d+ `.*` runs O\(.*\) times \(.* at n=128/m);
    expect(stdout).toMatch(/hot lines of the reference tiers/);
  });

  it('compares the two versions: per-level ratios with intervals, growth, changed lines', () => {
    expect(stdout).toMatch(/cost of fast\.py \/ cost of slow\.py, per level/);
    expect(stdout).toMatch(/^large\s+\d\S*x\s+\[\S+, \S+\]$/m);
    // Timed costs at these small sizes are overhead-dominated, so only the form is checked here.
    expect(stdout).toMatch(/^growth: slow\.py O\(.*\) \(log-log slope [\d.-]+\); fast\.py O\(.*\) \(log-log slope [\d.-]+\)$/m);
    // The changes that decide come first: the O(n^2) lines removed.
    expect(stdout).toMatch(
      /^fast\.py against slow\.py: fast\.py costs \S+x what slow\.py costs on the large level .*lines whose growth changed: slow\.py:[45] \(O\(n\^2\)\) removed, slow\.py:[45] \(O\(n\^2\)\) removed/m,
    );
  });

  it('writes profile.json valid under the published schema, and an HTML page with the annotated sources', () => {
    const report = ProfileSchema.parse(JSON.parse(readFileSync(path.join(out, 'profile.json'), 'utf8')));
    const mine = report.curves.find((c) => c.who === 'candidate')!;
    expect(mine.lines!.lines.find((l) => l.line === 5)!.counts).toEqual([8, 16, 32, 64, 128].map((n) => n * n));
    // The expert is one builtin call: one line, run once per call, O(1).
    expect(report.curves.find((c) => c.who === 'expert')!.lines!.lines.map((l) => [l.line, l.growth])).toEqual([[2, 'O(1)']]);
    expect(report.comparison!.levels.map((l) => l.name)).toEqual(['small', 'medium', 'large']);
    const html = readFileSync(path.join(out, 'profile.html'), 'utf8');
    expect(html).toMatch(/<table class="src">/);
    expect(html).toMatch(/executions per call of its busiest lines/);
    expect(html).toMatch(/fast\.py against slow\.py/);
  });

  it('the committed JSON Schema is the one the zod schema generates (run `npm run schema` after a change)', () => {
    expect(readFileSync(path.join(PACKAGE_ROOT, 'schema', 'profile.schema.json'), 'utf8')).toBe(profileJsonSchema());
  });
});
