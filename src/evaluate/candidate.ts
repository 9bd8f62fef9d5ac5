// One sample against one problem: a native pass (correctness, censoring, timing), then the
// meter's pass over the survivors, then the sample's score. The two-phase plan keeps
// callgrind off hopeless candidates: they are stopped natively past the censoring limit.
import type { Wire } from '../problem/codec.ts';
import type { MemoryFigures } from '../measure/memory-figures.ts';
import { runMemoryPass } from '../measure/memory.ts';
import { callOverhead, pairsSettled, setupUndecided } from '../measure/paired.ts';
import type { CostUnit } from '../measure/meter.ts';
import type { CandidateLanguage, TestRecord, TestStatus } from '../sandbox/executor.ts';
import { sampleScore, levelEfficiencies, ratioSensitivity, type LevelCost } from '../score/efficiency.ts';
import {
  CENSOR_GUARD,
  CENSOR_GUARD_SLACK_NS,
  censorCost,
  censorNs,
  correctnessLimitMs,
  countedLimitMs,
  MAX_PAIRS,
  oneCallPairs,
  PAIRS_FIRST,
  PAIRS_STEP,
  pairsHalfWidth,
  scoredLimitMs,
  type EvalConfig,
} from './config.ts';
import type { Measuring } from './context.ts';
import { nativeJob, referenceLanguage, referenceSource, verifier, type ProblemReference } from './reference.ts';

export type SampleStatus = 'passed' | 'wrong_answer' | 'error' | 'timeout' | 'memory_limit' | 'crashed' | 'compile_error' | 'sandbox_error' | 'inconsistent';

export interface LevelResult {
  name: string;
  weight: number;
  /** Max over the level's tests, in the meter's unit; absent when censored. */
  cost?: number;
  refCost: number;
  ratio?: number;
  /** Time meter: the 95% interval of the paired ratio to the reference. */
  ratioInterval?: [number, number];
  efficiency: number;
  censored: boolean;
}

export interface SampleResult {
  status: SampleStatus;
  /** Pass credit: correct on every test it ran; timeouts on scored levels keep it. */
  passed: boolean;
  score: number;
  message?: string;
  /** The test where the status arose. */
  test?: string;
  levels: LevelResult[];
  wallMs: number;
  /** Sum of the scored tests' costs (meter's unit); absent unless every scored test was measured. */
  totalCost?: number;
  /** The memory pass's figures, when it ran. */
  memory?: MemoryFigures;
  /** Why the memory figures are absent (or incomplete); never affects status or score. */
  memoryError?: string;
}

const FAILING: ReadonlySet<TestStatus> = new Set(['wrong_answer', 'error', 'crashed', 'inconsistent', 'not_run']);

export async function evaluateSample(
  ctx: Measuring,
  ref: ProblemReference,
  source: string,
  language: CandidateLanguage = 'python',
  /** Entry function name when the candidate does not use the problem's. */
  entry?: string,
): Promise<SampleResult> {
  const { executor, meter, cfg } = ctx;
  const { problem, tests } = ref;
  const levels = problem.spec.levels;
  if (referenceLanguage(language) !== ref.language) throw new Error(`a ${language} sample needs the ${referenceLanguage(language)} reference, got ${ref.language}`);
  // The time meter pairs every timed call with the reference's, in the same call process.
  const job = nativeJob(problem, tests, source, cfg, meter.timesNatively, language, meter.name === 'time' ? referenceSource(ref) : undefined);
  if (entry) job.entry = entry;
  // ENAMEL mode times out against one limit, alpha x the slowest scored reference test, so the
  // native safety net is taken from that test rather than from each test's own reference.
  const slowestRefNs = Math.max(...tests.flatMap((t, i) => (t.level > 0 ? [ref.refNs[i]!] : [0])));
  // The meter's cost decides censoring (a count, or a paired time with its noise margin);
  // the native pass stops calls only far past the limit, as a safety net.
  const censorBaseNs = (i: number) => CENSOR_GUARD * (cfg.scoring === 'enamel' ? slowestRefNs : ref.refNs[i]!);
  const testsInLevel = levels.map((_, li) => tests.filter((t) => t.level === li).length);
  const levelRefCost = levels.map((_, li) => Math.max(...tests.flatMap((t, i) => (t.level === li && li > 0 ? [ref.refCost.get(i)!] : [0]))));
  // Pairs are spent where the score needs them: a level whose ratio barely moves it settles sooner.
  const sensitivity = ratioSensitivity(
    levels.map((l, li) => ({ weight: l.weight, refCost: levelRefCost[li]! })),
    cfg.alpha,
    cfg.scoring,
  );
  job.tests.forEach((t, i) => {
    if (tests[i]!.level > 0) t.censorNs = censorNs(censorBaseNs(i), cfg) + CENSOR_GUARD_SLACK_NS;
    if (t.time && meter.name === 'time') {
      if (language === 'python') {
        t.reps = PAIRS_FIRST;
        t.moreRounds = { step: PAIRS_STEP, max: MAX_PAIRS };
      } else t.reps = oneCallPairs(ref.refCost.get(i) ?? 0);
    }
    // A problem with a Python checker is judged in the harness, which needs the answer.
    if (job.checker !== undefined) t.expected = ref.expected[i] as Wire;
  });
  const verify = verifier(problem, ref.expected, tests);
  const out = await executor.run(job, {
    callLimitMs: (i) => (tests[i]!.level === 0 ? correctnessLimitMs(ref.refNs[i]!) : scoredLimitMs(censorBaseNs(i), cfg)),
    verify,
    memoryBytes: cfg.memoryBytes,
    settled: (i, records) => {
      const { samples, pairSamples, setupNs, pairSetupNs } = records[i]!;
      if (!samples || !pairSamples) return false;
      const overhead = callOverhead(records.map((r) => r.emptyNs));
      // Too few pairs to decide a set-up charge that would matter: more.
      if (setupNs && pairSetupNs && setupUndecided(samples, pairSamples, setupNs, pairSetupNs, overhead)) return false;
      const level = tests[i]!.level;
      return pairsSettled(samples, pairSamples, overhead, pairsHalfWidth(testsInLevel[level]!, sensitivity[level]));
    },
  });
  const zero = (status: SampleStatus, message?: string, test?: string): SampleResult => ({
    status,
    passed: false,
    score: 0,
    message,
    test,
    levels: scoredLevels(levelRefCost, levels, undefined),
    wallMs: out.wallMs,
  });
  if (out.status === 'compile_error') return zero('compile_error', out.message);
  if (out.status === 'load_error') return zero('error', out.message);
  if (out.status === 'sandbox_error') return zero('sandbox_error', out.message);

  // First test that did not pass decides: a failure anywhere zeroes the sample; a timeout or
  // memory limit on a scored level censors that level and all later ones.
  let censorFrom = levels.length;
  let censorStatus: SampleStatus | undefined;
  let censorRecord: { rec: TestRecord; i: number } | undefined;
  for (let i = 0; i < tests.length; i++) {
    const rec = out.tests[i]!;
    const level = tests[i]!.level;
    if (rec.status === 'passed') continue;
    if (FAILING.has(rec.status) || level === 0) {
      const status: SampleStatus = rec.status === 'not_run' ? 'crashed' : rec.status;
      return zero(status, rec.message, tests[i]!.id);
    }
    censorFrom = level;
    censorStatus = rec.status as SampleStatus;
    // A native stop (far past the limit) says what a cost past it says, so the message does
    // not depend on which of the two came first on this machine; nor does the test it names:
    // which test of a hopeless level a CPU-time stop catches depends on load, so the level's
    // first test is named (censoring is by level).
    const named = rec.status === 'timeout' ? tests.findIndex((t) => t.level === level) : i;
    censorRecord = { rec: rec.status === 'timeout' ? { ...rec, message: censorMessage(cfg, meter.unit) } : rec, i: named };
    break;
  }
  const scored = tests.flatMap((t, i) => (t.level > 0 ? [i] : []));
  // The same limits censor a cost and bound a count (the counting tool's budget).
  const limit = censorLimit(ref, cfg);
  const survivors = scored.filter((i) => tests[i]!.level < censorFrom);
  const {
    costs,
    failure,
    levels: ratios,
  } = await meter.costs({
    executor,
    job,
    native: out.tests,
    indices: survivors,
    scored,
    limitMs: (i) => countedLimitMs(out.tests[i]!.firstNs ?? ref.refNs[i]!),
    verify,
    reference: { cost: ref.refCost, levelOf: (i) => tests[i]!.level },
    censorLimit: limit,
  });
  // A paired time is censored only when its whole interval lies past the limit.
  const lowerBound = (i: number) => {
    const lr = ratios?.get(tests[i]!.level);
    return lr ? ref.refCost.get(i)! * lr.interval[0] : costs.get(i)!;
  };
  const over = censoredByCost(ref, costs, lowerBound, limit, cfg, meter.unit);
  if (over && tests[over.i]!.level < censorFrom) {
    censorFrom = tests[over.i]!.level;
    censorStatus = 'timeout';
    censorRecord = { rec: { status: 'timeout', message: over.message }, i: over.i };
  }
  if (failure) {
    const level = tests[failure.index]!.level;
    if (failure.record.status === 'timeout' || failure.record.status === 'memory_limit') {
      if (level < censorFrom) {
        censorFrom = level;
        censorStatus = failure.record.status;
        // Stopped at its budget, the count is past the limit: the message a full count would give.
        const rec = failure.record.overBudget ? { ...failure.record, message: censorMessage(cfg, meter.unit) } : failure.record;
        censorRecord = { rec, i: failure.index };
      }
    } else if (failure.record.status === 'wrong_answer' || failure.record.status === 'inconsistent') {
      // Right in the native pass, wrong when measured: a status of its own, never a score.
      return zero('inconsistent', `under the ${meter.name} meter: ${failure.record.message ?? failure.record.status}`, tests[failure.index]!.id);
    } else {
      return zero('crashed', `under the ${meter.name} meter: ${failure.record.message ?? failure.record.status}`, tests[failure.index]!.id);
    }
  }
  const candidateCost = levels.map((_, li) => (li === 0 || li >= censorFrom ? undefined : Math.max(...tests.flatMap((t, i) => (t.level === li ? [costs.get(i)!] : [])))));
  const result = scoredLevels(levelRefCost, levels, candidateCost);
  const levelCosts: LevelCost[] = result.map((l) => ({ weight: l.weight, cost: l.cost, refCost: l.refCost }));
  const eff = levelEfficiencies(levelCosts, cfg.alpha, cfg.scoring);
  result.forEach((l, k) => {
    l.efficiency = eff[k]!;
    const interval = ratios?.get(k + 1)?.interval;
    if (interval && l.cost !== undefined) l.ratioInterval = interval;
  });
  // A censored sample has no total, whether its stop came natively or from its count.
  const allMeasured = censorStatus === undefined && scored.every((i) => costs.has(i));
  const measured = survivors.filter((i) => tests[i]!.level < censorFrom && costs.has(i));
  const memory = cfg.memory
    ? await runMemoryPass({
        executor,
        job,
        indices: measured,
        ids: tests.map((t) => t.id),
        costs,
        costUnit: meter.unit,
        limitMs: (i) => countedLimitMs(out.tests[i]!.firstNs ?? ref.refNs[i]!),
        memoryBytes: cfg.memoryBytes,
        verify,
      })
    : {};
  if (memory.inconsistent) return zero('inconsistent', memory.error, memory.test !== undefined ? tests[memory.test]!.id : undefined);
  return {
    status: censorStatus ?? 'passed',
    passed: true,
    score: sampleScore(levelCosts, cfg.alpha, cfg.scoring),
    message: censorRecord?.rec.message,
    test: censorRecord ? tests[censorRecord.i]!.id : undefined,
    levels: result,
    wallMs: out.wallMs,
    totalCost: allMeasured ? scored.reduce((sum, i) => sum + costs.get(i)!, 0) : undefined,
    ...(memory.figures ? { memory: memory.figures } : {}),
    ...(memory.error ? { memoryError: memory.error } : {}),
  };
}

function censorMessage(cfg: EvalConfig, unit: CostUnit): string {
  return `past the censoring limit: more than ${cfg.censorFactor} x alpha x the reference's ${unit === 'ns' ? 'time' : unit}`;
}

/** Scored test i's censoring limit in the meter's unit: from its reference's cost, or in ENAMEL mode from the slowest scored test's. */
function censorLimit(ref: ProblemReference, cfg: EvalConfig): (i: number) => number {
  const slowest = Math.max(...ref.tests.flatMap((t, i) => (t.level > 0 ? [ref.refCost.get(i) ?? 0] : [0])));
  return (i) => censorCost(cfg.scoring === 'enamel' ? slowest : ref.refCost.get(i)!, cfg);
}

/** The first scored test (in test order) whose cost (its lower bound, for a noisy meter) is past its censoring limit. */
function censoredByCost(
  ref: ProblemReference,
  costs: Map<number, number>,
  lowerBound: (i: number) => number,
  limit: (i: number) => number,
  cfg: EvalConfig,
  unit: CostUnit,
): { i: number; message: string } | undefined {
  for (let i = 0; i < ref.tests.length; i++) {
    if (ref.tests[i]!.level === 0 || costs.get(i) === undefined) continue;
    if (lowerBound(i) > limit(i)) return { i, message: censorMessage(cfg, unit) };
  }
  return undefined;
}

function scoredLevels(refCost: number[], levels: ProblemReference['problem']['spec']['levels'], cost: (number | undefined)[] | undefined): LevelResult[] {
  return levels.flatMap((l, li) => {
    if (li === 0) return [];
    const c = cost?.[li];
    const censored = cost !== undefined && c === undefined;
    return [{ name: l.name, weight: l.weight, cost: c, refCost: refCost[li]!, ratio: c === undefined ? undefined : c / refCost[li]!, efficiency: 0, censored }];
  });
}
