// The agreement check's time pass with mock meters: which samples it times again, how its
// results pair with the run's, and that it shares the store under the time meter's key.
import { describe, expect, it } from 'vitest';
import { agreementRefusal, checkAgreement } from '../../src/evaluate/agreement.ts';
import { CachedMeasure, MemoryCache } from '../../src/evaluate/cache.ts';
import { evaluateRun, type Entrant } from '../../src/evaluate/run.ts';
import type { Meter, MeterContext } from '../../src/measure/meter.ts';
import type { HarnessJob } from '../../src/sandbox/executor.ts';
import { MockExecutor } from '../support/mocks.ts';
import { testEnv as env } from '../support/queue.ts';
import { cfg, problem, sample, script } from '../support/tier-run.ts';

/**
 * Cost per scored test by label and meter. NAIVE is censored by its count (10x the expert,
 * past 3 x alpha); SLOWER is 5x the expert by count but 4x by time, below STANDARD's 3x and 5x.
 */
const COST: Record<'instructions' | 'time', Record<string, number>> = {
  instructions: { EXPERT: 100, FAST: 50, STANDARD: 300, SLOWER: 500, NAIVE: 1000 },
  time: { EXPERT: 100, FAST: 40, STANDARD: 500, SLOWER: 400, NAIVE: 1000 },
};

class LabelMeter implements Meter {
  readonly unit: 'instructions' | 'ns';
  readonly timesNatively: boolean;
  constructor(readonly name: 'instructions' | 'time') {
    this.unit = name === 'time' ? 'ns' : 'instructions';
    this.timesNatively = name === 'time';
  }
  async costs(ctx: MeterContext) {
    return { costs: new Map(ctx.indices.map((i) => [i, COST[this.name][ctx.job.source]!] as [number, number])) };
  }
}

/** SLOWER times out on its last large test, so only its small and medium levels are measured. */
function slowerScript(job: HarnessJob) {
  const out = script(job);
  if (job.source === 'SLOWER') out.tests[job.tests.length - 1] = { status: 'timeout', message: 'past the limit' };
  return out;
}

// WRONG first, so the survivors' indices in the time pass (0, 1) differ from the run's (1, 2).
const model: Entrant = { name: 'model', samples: new Map([['toy', ['WRONG', 'EXPERT', 'FAST'].map(sample)]]) };
const slow: Entrant = { name: 'slow', samples: new Map([['toy', ['STANDARD', 'SLOWER', 'NAIVE'].map(sample)]]) };
// k 3: the survivors (two an entrant) are fewer, which the time pass must not refuse.
const runCfg = { ...cfg, ks: [1, 3] };

async function instructionRun(store: MemoryCache) {
  const measuring = { executor: new MockExecutor(slowerScript), meter: new LabelMeter('instructions'), cfg: runCfg };
  return evaluateRun([problem], [model, slow], new CachedMeasure(store, env, measuring));
}

async function timePass(outcome: Awaited<ReturnType<typeof instructionRun>>, store: MemoryCache) {
  const executor = new MockExecutor(slowerScript);
  const check = await checkAgreement({ problems: [problem], entrants: [model, slow], outcome, executor, cfg: runCfg, store: { cache: store, env }, meter: new LabelMeter('time') });
  return { ...check, executor };
}

describe('checkAgreement', () => {
  it('times only the samples with a measured level, pairs them by their index in the run, and compares', async () => {
    const store = new MemoryCache();
    const outcome = await instructionRun(store);
    const { agreement, warnings, executor } = await timePass(outcome, store);
    // The run's results are in the store, but under the instruction meter: all timed anew; the
    // wrong sample and the one censored from its first level never.
    expect(new Set(executor.jobs.map((j) => j.job.source))).toEqual(new Set(['EXPERT', 'FAST', 'STANDARD', 'SLOWER']));
    expect(agreement.timePass.samples).toBe(4);
    expect(warnings).toEqual([]);
    // EXPERT, FAST, STANDARD 3 levels each, SLOWER 2: every one paired (a wrong index would leave FAST's unpaired).
    expect(agreement.n).toBe(11);
    expect(agreement.unpaired).toEqual({ instructionsOnly: 0, timeOnly: 0 });
    // By count SLOWER (5x) ranks above STANDARD (3x); by time below it (4x against 5x).
    expect(agreement.spearman!).toBeLessThan(1);
    expect(agreement.spearman!).toBeGreaterThan(0.5);
    expect(agreement.disagreements[0]!.worst).toEqual({ entrant: 'slow', sample: 0, level: 'small', instructions: 3, time: 5 });
  });

  it('shares the store under the time meter: a second check times nothing', async () => {
    const store = new MemoryCache();
    const outcome = await instructionRun(store);
    const first = await timePass(outcome, store);
    const again = await timePass(outcome, store);
    expect(again.executor.jobs).toEqual([]);
    expect({ ...again.agreement, timePass: undefined }).toEqual({ ...first.agreement, timePass: undefined });
  });
});

describe('agreementRefusal', () => {
  it('names the option, and why, for time, a queue, and an auto choice of time', () => {
    expect(agreementRefusal({ meter: 'instructions' })).toBeUndefined();
    expect(agreementRefusal({ meter: 'auto', chosen: { name: 'instructions', reason: 'instructions via perf_event_open' } })).toBeUndefined();
    expect(agreementRefusal({ meter: 'cycles', chosen: { name: 'cycles', reason: 'estimated cycles via valgrind' } })).toBeUndefined();
    expect(agreementRefusal({ meter: 'time' })).toMatch(/^--check-agreement compares a deterministic meter with time/);
    expect(agreementRefusal({ meter: 'instructions', queue: true })).toMatch(/^--check-agreement does not work with --queue: a worker serves one meter/);
    expect(agreementRefusal({ chosen: { name: 'time', reason: 'time (auto: valgrind not found)' } })).toBe(
      '--check-agreement needs a deterministic meter (instructions or cycles), and the run got time (auto: valgrind not found); install valgrind or drop --check-agreement',
    );
  });
});
