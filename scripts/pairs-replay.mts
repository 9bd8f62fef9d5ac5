// `node --import tsx scripts/pairs-replay.mts --suite DIR RUN.json [RUN2.json]`: replays the pairs
// recorded by `scripts/pairs-dump.mts` (ENAMEL scoring, references against themselves) under
// pairing plans, truncating each test's pairs where the plan would have stopped, and prints per
// plan the paired runners it takes, eff@1, mean abs(eff - 1), problems below 0.9 and, with two
// runs, the drift between them. A plan can only stop at or before the recorded run did.
// Level costs are the references' recorded net times; prints figures, asserts nothing.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { median } from 'simple-statistics';
import { DEFAULT_CONFIG, pairsHalfWidth, PAIRS_FIRST, PAIRS_STEP } from '../src/evaluate/config.ts';
import { callOverhead, levelRatio, netTime, pairedRatios, pairsSettled, setupUndecided } from '../src/measure/paired.ts';
import { buildTests } from '../src/problem/inputs.ts';
import { loadProblems } from '../src/problem/load.ts';
import { levelEfficiencies, ratioSensitivity } from '../src/score/efficiency.ts';

export interface RecordedJob {
  id: string;
  tests: { a?: number[]; b?: number[]; e?: number; sa?: number[]; sb?: number[] }[];
}

interface Plan {
  name: string;
  /** The target half-width of a test's ratio, from its level's test count and sensitivity. */
  halfWidth: (testsInLevel: number, sensitivity: number) => number;
  /** Pairs of the first round. */
  first: (sensitivity: number) => number;
}
const PLANS: Plan[] = [
  { name: 'ratio-aimed (before 2026-12-05)', halfWidth: (k) => pairsHalfWidth(k), first: () => PAIRS_FIRST },
  { name: 'efficiency-aimed (now)', halfWidth: pairsHalfWidth, first: () => PAIRS_FIRST },
  { name: 'efficiency-aimed, 2 pairs first where sensitivity < 0.1', halfWidth: pairsHalfWidth, first: (s) => (s < 0.1 ? 2 : PAIRS_FIRST) },
  { name: 'efficiency-aimed, 3 pairs first where sensitivity < 0.3', halfWidth: pairsHalfWidth, first: (s) => (s < 0.3 ? 3 : PAIRS_FIRST) },
];

const { values, positionals } = parseArgs({ options: { suite: { type: 'string' } }, allowPositionals: true });
if (!values.suite || positionals.length === 0) throw new Error('usage: pairs-replay.mts --suite DIR RUN.json [RUN2.json]');
const runs = positionals.map((f) => JSON.parse(readFileSync(f, 'utf8')) as RecordedJob[]);
const problems = new Map((await loadProblems(values.suite)).map((p) => [p.spec.id, p]));
const alpha = DEFAULT_CONFIG.alpha;

function replay(job: RecordedJob, plan: Plan): { eff: number; runners: number } {
  const spec = problems.get(job.id)!.spec;
  const tests = buildTests(spec, DEFAULT_CONFIG.suiteSeed);
  const overhead = callOverhead(job.tests.map((t) => t.e));
  const refNet = job.tests.map((t) => (t.b ? netTime(median(t.b), overhead) : 0));
  const refCost = spec.levels.map((_, li) => Math.max(0, ...tests.flatMap((t, i) => (t.level === li && li > 0 ? [refNet[i]!] : []))));
  const sensitivity = ratioSensitivity(
    spec.levels.map((l, li) => ({ weight: l.weight, refCost: refCost[li]! })),
    alpha,
    'enamel',
  );
  const testsInLevel = spec.levels.map((_, li) => tests.filter((t) => t.level === li).length);
  const byLevel = new Map<number, Map<number, number[]>>();
  let runners = 0;
  job.tests.forEach(({ a, b, sa, sb }, i) => {
    if (!a || !b) return;
    const level = tests[i]!.level;
    let n = plan.first(sensitivity[level]!);
    for (; n < b.length; n += PAIRS_STEP) {
      const cut = (xs: number[]) => xs.slice(0, n);
      const undecided = sa && sb && setupUndecided(cut(a), cut(b), cut(sa), cut(sb), overhead);
      if (!undecided && pairsSettled(cut(a), cut(b), overhead, plan.halfWidth(testsInLevel[level]!, sensitivity[level]!))) break;
    }
    n = Math.min(n, b.length);
    runners += 2 * n;
    byLevel.set(level, (byLevel.get(level) ?? new Map()).set(i, pairedRatios(a.slice(0, n), b.slice(0, n), overhead)));
  });
  const levels = spec.levels.map((l, li) => ({ weight: l.weight, refCost: refCost[li]!, cost: li === 0 ? refCost[0]! : refCost[li]! * levelRatio(byLevel.get(li) ?? new Map()).ratio }));
  const eff = levelEfficiencies(levels, alpha, 'enamel');
  const scored = levels.filter((l) => l.weight > 0);
  return { eff: scored.reduce((s, l, k) => s + l.weight * eff[k]!, 0) / scored.reduce((s, l) => s + l.weight, 0), runners };
}

for (const plan of PLANS) {
  const perRun = runs.map((run) => new Map(run.map((job) => [job.id, replay(job, plan)])));
  const summary = perRun.map((m) => {
    const effs = [...m.values()].map((r) => r.eff);
    const runners = [...m.values()].reduce((s, r) => s + r.runners, 0);
    return `${runners} runners, eff@1 ${(effs.reduce((s, x) => s + x, 0) / effs.length).toFixed(4)}, mean abs(eff - 1) ${(effs.reduce((s, x) => s + Math.abs(x - 1), 0) / effs.length).toFixed(4)}, below 0.9: ${effs.filter((x) => x < 0.9).length}`;
  });
  const [first, second] = perRun;
  const drift = second ? [...first!].reduce((s, [id, r]) => s + Math.abs(r.eff - (second.get(id)?.eff ?? r.eff)), 0) / first!.size : undefined;
  console.log(`${plan.name}: ${summary.join(' | ')}${drift !== undefined ? ` | drift ${drift.toFixed(4)}` : ''}`);
}
