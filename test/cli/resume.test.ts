// kill -9 in the middle of `brisk run`, then the same command again: the resumed run reuses
// what the killed one stored, measures the rest once, and its results.json numbers equal an
// uninterrupted run's into another store (instruction counts are bit-identical across
// processes). The cheap version runs in `npm test`; BRISK_RESUME_FULL=1 (scripts/resume-check.sh)
// runs 3 problems x 2 models x 3 samples (5-10 minutes on 2 busy cores).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';
import type { Results } from '../../src/report/schema.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { reportCommand } from '../../src/cli/report.ts';

// Wall time and resident-set peaks (VmHWM, +-0.2%) differ between any two processes; every
// other number must repeat exactly under the instructions meter.
const VARYING = new Set(['wallMs', 'rssPeakBytes']);
const FULL = process.env.BRISK_RESUME_FULL === '1';
const PROBLEMS = FULL ? ['pair-sum-count', 'max-subarray-sum', 'count-primes'] : ['pair-sum-count'];
const MODELS = FULL ? ['model-a', 'model-b'] : ['model-a'];
const tier = (id: string, name: string) => readFileSync(path.join(PACKAGE_ROOT, 'reference-solutions', id, 'python', `${name}.py`), 'utf8');

/** Per problem: one sample that fails fast, then correct ones (measured by callgrind). */
const CORRECT = FULL ? ['standard', 'expert'] : ['expert'];
function samplesFor(model: string): string {
  return PROBLEMS.flatMap((id) => [{ task_id: id, solution: `# ${model}\nraise RuntimeError("no")\n` }, ...CORRECT.map((t) => ({ task_id: id, solution: `# ${model}\n${tier(id, t)}` }))])
    .map((l) => JSON.stringify(l))
    .join('\n');
}

const total = PROBLEMS.length * MODELS.length * (1 + CORRECT.length);
const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-resume-'));
const files = MODELS.map((m) => {
  const f = path.join(dir, `${m}.jsonl`);
  writeFileSync(f, samplesFor(m));
  return f;
});
// Tier runs go through the same store path as samples; leaving them out keeps the row counts
// below exactly the samples', and the run short.
const args = (store: string, out: string) => [
  path.join(PACKAGE_ROOT, 'bin/brisk.js'),
  'run',
  '--meter',
  'instructions',
  '--jobs',
  FULL ? '2' : '1',
  '--problems',
  PROBLEMS.join(','),
  '--samples',
  ...files,
  '--store',
  store,
  '--out',
  out,
  '--no-tier-metrics',
];
const storedSamples = (store: string): number => {
  try {
    const db = new Database(store, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM sample_results').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet
  }
};
const readResults = (out: string) => JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as Results;
/** The numbers of a run: everything but run id, dates, wall-clock times and the machine. */
const numbers = (r: Results) => JSON.parse(JSON.stringify({ references: r.references, entrants: r.entrants }, (k, v) => (VARYING.has(k) ? undefined : v)));

describe(`kill -9 half way, then resume (${total} samples)`, () => {
  const killedStore = path.join(dir, 'killed.sqlite');
  const cleanStore = path.join(dir, 'clean.sqlite');
  let atKill = 0;
  let resumed: Awaited<ReturnType<typeof execa>>;
  let clean: Awaited<ReturnType<typeof execa>>;

  beforeAll(
    async () => {
      // The uninterrupted run goes alongside (counts do not depend on load), to halve the wait.
      const cleanRun = execa('node', args(cleanStore, path.join(dir, 'clean')), { reject: false, cwd: PACKAGE_ROOT });
      const run = execa('node', args(killedStore, path.join(dir, 'killed')), { reject: false, cwd: PACKAGE_ROOT });
      const half = Math.floor(total / 2);
      for (;;) {
        atKill = storedSamples(killedStore);
        if (run.exitCode !== null || atKill >= half) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      run.kill('SIGKILL');
      const killed = await run;
      expect(killed.signal, `the run ended before the kill: ${killed.stderr}`).toBe('SIGKILL');
      atKill = storedSamples(killedStore);
      resumed = await execa('node', args(killedStore, path.join(dir, 'resumed')), { reject: false, cwd: PACKAGE_ROOT });
      clean = await cleanRun;
    },
    FULL ? 1_800_000 : 600_000,
  );

  it('was killed part way, and the same command then finished', () => {
    console.log(`resume: ${atKill} of ${total} sample results stored at the kill`);
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(total);
    expect(resumed.exitCode, String(resumed.stderr)).toBe(0);
    expect(clean.exitCode, String(clean.stderr)).toBe(0);
  });

  it('reused everything stored before the kill and measured only the rest', () => {
    const line = String(resumed.stderr).match(/store: (\d+) sample result\(s\) and (\d+) reference\(s\) reused; (\d+) and (\d+) measured/);
    expect(line, String(resumed.stderr)).not.toBeNull();
    const [reusedSamples, reusedRefs, measuredSamples, measuredRefs] = line!.slice(1).map(Number);
    expect(reusedSamples).toBe(atKill);
    expect(reusedSamples! + measuredSamples!).toBe(total);
    // Every reference finished before the first sample was stored.
    expect([reusedRefs, measuredRefs]).toEqual([PROBLEMS.length, 0]);
  });

  it('stores each measurement once and gives the numbers of an uninterrupted run', () => {
    const store = SqliteStore.open(killedStore);
    const counts = store.counts();
    store.close();
    expect(counts).toMatchObject({ samples: total, references: PROBLEMS.length, duplicateSamples: 0, runs: 2 });
    const a = readResults(path.join(dir, 'resumed'));
    const b = readResults(path.join(dir, 'clean'));
    expect(numbers(a)).toEqual(numbers(b));
    // Not vacuous: the correct samples were measured and scored.
    expect(a.entrants[0]!.problems[0]!.samples.map((s) => s.status)).toEqual(['error', ...CORRECT.map(() => 'passed')]);
    expect(a.entrants[0]!.problems[0]!.samples[1]!.levels.every((l) => l.cost! > 0)).toBe(true);
  });

  it('brisk report re-renders the resumed run from the store, and names the killed one as unfinished', async () => {
    const runs = SqliteStore.open(killedStore);
    const [latest, first] = runs.listRuns();
    runs.close();
    const out = path.join(dir, 're-rendered');
    // In-process: the command's action, as `brisk report <id> --store <file>` runs it.
    const report = (a: string[]) =>
      reportCommand()
        .exitOverride()
        .configureOutput({ writeOut: () => {} })
        .parseAsync([...a, '--store', killedStore], { from: 'user' });
    await report([latest!.runId, '--out', out]);
    expect(readFileSync(path.join(out, 'results.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'resumed', 'results.json'), 'utf8'));
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toMatch(/<svg/);
    await expect(report([first!.runId])).rejects.toThrow(`${first!.runId} did not finish (interrupted?); run its command again to resume: npx brisk run --meter instructions`);
  }, 120_000);
});
