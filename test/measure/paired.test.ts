import { describe, expect, it } from 'vitest';
import {
  callOverhead,
  hodgesLehmann,
  hodgesLehmannInterval,
  levelRatio,
  MIN_RATIO,
  netTime,
  pairedRatios,
  pairsSettled,
  SETUP_CHARGE_MIN_PAIRS,
  setupCharge,
  setupUndecided,
  TIME_FLOOR_NS,
} from '../../src/measure/paired.ts';
import { warmUpTests } from '../../src/evaluate/reference.ts';
import { TimeMeter } from '../../src/measure/meter.ts';
import { LEVEL_HALF_WIDTH, pairsHalfWidth } from '../../src/evaluate/config.ts';
import type { TestRecord } from '../../src/sandbox/executor.ts';

describe('Hodges-Lehmann estimate and interval', () => {
  it('is the median of the Walsh averages', () => {
    // Walsh averages of [1, 2, 10]: 1, 1.5, 5.5, 2, 6, 10 -> median 3.75
    expect(hodgesLehmann([1, 2, 10])).toBe(3.75);
    expect(hodgesLehmann([5])).toBe(5);
  });

  it('resists one wild value where the mean does not', () => {
    const xs = [1, 1.01, 0.99, 1.02, 0.98, 1, 9];
    expect(hodgesLehmann(xs)).toBeLessThan(1.05);
  });

  it('gives an interval around the estimate that narrows with more data', () => {
    const small = [0.9, 1.1, 1, 0.95, 1.05, 1.02, 0.98];
    const big = Array.from({ length: 8 }, () => small).flat();
    const [lo, hi] = hodgesLehmannInterval(small);
    const [blo, bhi] = hodgesLehmannInterval(big);
    expect(lo).toBeLessThan(hodgesLehmann(small));
    expect(hi).toBeGreaterThan(hodgesLehmann(small));
    expect(bhi - blo).toBeLessThan(hi - lo);
  });

  it('refuses an empty sample', () => {
    expect(() => hodgesLehmann([])).toThrow(/no paired values/);
  });
});

describe('paired ratios', () => {
  it('takes the call path off the reference and keeps differences paired', () => {
    // Overhead 100 us; the reference's net median 100 us; the candidate is 50 us slower in
    // every pair, whatever the machine's drift does to both.
    const ref = [200e3, 210e3, 190e3, 200e3];
    const cand = ref.map((b) => b + 50e3);
    expect(pairedRatios(cand, ref, 100e3)).toEqual([1.5, 1.5, 1.5, 1.5]);
  });

  it('drops pairs with an unreadable (zero) time', () => {
    expect(pairedRatios([0, 300e3, 300e3], [200e3, 0, 300e3], 100e3)).toEqual([1]);
    expect(pairedRatios([0], [0], 0)).toEqual([]);
  });

  it('the overhead is the median of the empty calls, and net time has a floor', () => {
    expect(callOverhead([undefined, 30, 10, 20, 0])).toBe(20);
    expect(callOverhead([])).toBe(0);
    expect(netTime(50, 100)).toBe(TIME_FLOOR_NS);
    expect(netTime(5000, 1000)).toBe(4000);
    // An empty call as slow as the call itself leaves a quarter of it, not nothing.
    expect(netTime(100e3, 100e3)).toBe(25e3);
  });
});

describe('a level ratio', () => {
  it('pools its tests', () => {
    const r = levelRatio(
      new Map([
        [1, [1.01, 0.99, 1.02, 0.98]],
        [2, [1, 1.03, 0.97, 1]],
      ]),
    );
    expect(r.from).toBe('pooled');
    expect(r.ratio).toBeCloseTo(1, 2);
    expect(r.interval[0]).toBeLessThan(1);
    expect(r.interval[1]).toBeGreaterThan(1);
  });

  it('takes a test that is slower beyond noise instead of averaging it away', () => {
    const r = levelRatio(
      new Map([
        [1, [1, 1.01, 0.99, 1, 1, 1.01, 0.99]],
        [2, [1, 1.01, 0.99, 1, 1, 1.01, 0.99]],
        [3, [1, 1.01, 0.99, 1, 1, 1.01, 0.99]],
        [4, [5, 5.1, 4.9, 5, 5.05, 4.95, 5]],
      ]),
    );
    expect(r.from).toEqual({ test: 4 });
    expect(r.ratio).toBeGreaterThan(4.8);
  });

  it('never falls to zero or below', () => {
    expect(levelRatio(new Map([[1, [-0.5, -0.2, -0.4]]])).ratio).toBe(MIN_RATIO);
  });
});

describe('the time meter', () => {
  const rec = (samples: number[], pairSamples?: number[], emptyNs = 100): TestRecord => ({ status: 'passed', samples, ...(pairSamples ? { pairSamples } : {}), emptyNs });
  const base = {
    executor: { run: async () => ({ status: 'completed' as const, tests: [], wallMs: 0 }) },
    job: { language: 'python', kind: 'function', source: '', mode: 'native', tests: [] } as never,
    limitMs: () => 1000,
  };

  it('costs a reference its median less the call path', async () => {
    const native = [rec([1100, 1200, 1300]), rec([2100, 2200, 2300])];
    const { costs } = await new TimeMeter().costs({ ...base, native, indices: [0, 1], scored: [0, 1] });
    expect(costs.get(0)).toBe(1100);
    expect(costs.get(1)).toBe(2100);
  });

  it('costs a sample the reference cost times its level ratio, with the interval', async () => {
    // The sample is twice as slow as the reference in every pair, under drifting machine speed.
    const native = [rec([2100, 2500, 1900], [1100, 1300, 1000]), rec([4100, 4300, 4200], [2100, 2200, 2150])];
    const reference = {
      cost: new Map([
        [0, 1000],
        [1, 2000],
      ]),
      levelOf: () => 1,
    };
    const { costs, levels } = await new TimeMeter().costs({ ...base, native, indices: [0, 1], scored: [0, 1], reference });
    const r = levels!.get(1)!;
    expect(r.ratio).toBeGreaterThan(1.8);
    expect(r.ratio).toBeLessThan(2.2);
    expect(costs.get(0)).toBeCloseTo(1000 * r.ratio);
    expect(costs.get(1)).toBeCloseTo(2000 * r.ratio);
  });

  it('reports a test whose pairs could not be read', async () => {
    const native = [rec([0, 0], [0, 0])];
    const reference = { cost: new Map([[0, 1000]]), levelOf: () => 1 };
    const out = await new TimeMeter().costs({ ...base, native, indices: [0], scored: [0], reference });
    expect(out.failure?.index).toBe(0);
  });
});

describe('pairs per timed test', () => {
  it('settles a test whose pairs agree, not one whose pairs scatter', () => {
    const ref = [100, 101, 99, 100, 102, 98].map((x) => x * 1000);
    const tight = ref.map((x, k) => x * (k % 2 ? 1.01 : 0.99));
    expect(pairsSettled(tight, ref, 0, 0.05)).toBe(true);
    const loose = ref.map((x, k) => x * (k % 2 ? 1.6 : 0.5));
    expect(pairsSettled(loose, ref, 0, 0.05)).toBe(false);
    // The same loose pairs pass a looser target; one pair is never enough.
    expect(pairsSettled(loose, ref, 0, 1)).toBe(true);
    expect(pairsSettled([100e3], [100e3], 0, 1)).toBe(false);
  });

  it("lets each of a level's k tests be sqrt(k) times as loose as the level", () => {
    expect(pairsHalfWidth(1)).toBeCloseTo(LEVEL_HALF_WIDTH);
    expect(pairsHalfWidth(4)).toBeCloseTo(2 * LEVEL_HALF_WIDTH);
    expect(pairsHalfWidth(0)).toBeCloseTo(LEVEL_HALF_WIDTH);
  });

  it('lets a level whose ratio barely moves the score be as much looser, never tighter', () => {
    expect(pairsHalfWidth(4, 0.05)).toBeCloseTo(40 * LEVEL_HALF_WIDTH);
    expect(pairsHalfWidth(4, 1)).toBeCloseTo(2 * LEVEL_HALF_WIDTH);
    expect(pairsHalfWidth(4, 3)).toBeCloseTo(2 * LEVEL_HALF_WIDTH);
    expect(Number.isFinite(pairsHalfWidth(4, 0))).toBe(true);
  });
});

describe('set-up charge (work done before the timed call)', () => {
  const ref = [100, 102, 98, 101, 99, 100, 103, 97].map((x) => x * 1000);
  const refSetup = ref.map(() => 50_000);

  it('charges nothing when the set-up differs by noise only', () => {
    const noisy = refSetup.map((x, k) => x + (k % 2 ? 3000 : -3000));
    expect(setupCharge(ref, ref, noisy, refSetup)).toBe(0);
  });

  it('charges a table built before the timed call, in full, to a call that then costs nothing', () => {
    const free = ref.map(() => 2000);
    const charge = setupCharge(
      free,
      ref,
      refSetup.map((x) => x + 400_000),
      refSetup,
    );
    expect(charge).toBeGreaterThan(390_000);
    expect(charge).toBeLessThanOrEqual(400_000);
  });

  it('does not charge a slower algorithm twice: its excess per call covers its slower warm-up', () => {
    const slower = ref.map((x) => x + 60_000);
    expect(
      setupCharge(
        slower,
        ref,
        refSetup.map((x) => x + 20_000),
        refSetup,
      ),
    ).toBe(0);
    // An import costlier than its excess per call is charged beyond that excess.
    expect(
      setupCharge(
        slower,
        ref,
        refSetup.map((x) => x + 100_000),
        refSetup,
      ),
    ).toBeCloseTo(40_000, -3);
  });

  it('leaves out pairs whose clock could not be read', () => {
    expect(setupCharge([0, 0], [1, 1], [5, 5], [1, 1])).toBe(0);
  });

  it('asks for more pairs before charging a set-up excess that would matter, seen in fewer pairs than it takes to tell it from noise', () => {
    // humaneval-162: set-ups of 4-5 ms (hashlib imported in every runner), calls of 30-45 us with
    // 25 us of call path; 4 noisy set-ups all happened to exceed the reference's, and 24 us was
    // charged to each call (the expert read 2.1x itself).
    const call = [30e3, 44e3, 42e3, 31e3];
    const refSetups = [4.43e6, 4.19e6, 4.08e6, 4.17e6];
    const setups = refSetups.map((x) => x + 25e3);
    expect(setupUndecided(call, call, setups, refSetups, 25e3)).toBe(true);
    // One set-up below the reference's: nothing to charge, nothing to wait for.
    expect(setupUndecided(call, call, [4.45e6, 4.0e6, 4.11e6, 4.2e6], refSetups, 25e3)).toBe(false);
    // An excess that would not matter (1 us on calls of 10 us net and more) is not waited for.
    expect(
      setupUndecided(
        call,
        call,
        refSetups.map((x) => x + 1e3),
        refSetups,
        25e3,
      ),
    ).toBe(false);
    // Enough pairs: decided, and scattered set-ups are charged nothing.
    const n = SETUP_CHARGE_MIN_PAIRS + 1;
    const calls = Array.from({ length: n }, (_, k) => 30e3 + (k % 3) * 7e3);
    const refMany = Array.from({ length: n }, (_, k) => 4.1e6 + k * 40e3);
    const noisy = refMany.map((x, k) => x + [25e3, 90e3, -60e3, 15e3, 40e3, -20e3, 70e3, 5e3][k]!);
    expect(setupUndecided(calls, calls, noisy, refMany, 25e3)).toBe(false);
    expect(setupCharge(calls, calls, noisy, refMany)).toBe(0);
  });

  it('still charges a table built in the warm-up: more pairs first, then the whole table', () => {
    const n = SETUP_CHARGE_MIN_PAIRS;
    const free = Array.from({ length: n }, () => 2000);
    const refCalls = Array.from({ length: n }, (_, k) => 100_000 + k * 500);
    const refSetups = Array.from({ length: n }, (_, k) => 50_000 + (k % 3) * 2000);
    const cheat = refSetups.map((x, k) => x + 400_000 + (k % 2) * 5000);
    expect(setupUndecided(free.slice(0, 4), refCalls.slice(0, 4), cheat.slice(0, 4), refSetups.slice(0, 4), 0)).toBe(true);
    expect(setupUndecided(free, refCalls, cheat, refSetups, 0)).toBe(false);
    expect(setupCharge(free, refCalls, cheat, refSetups)).toBeGreaterThan(380_000);
  });

  it('charges a sample that keeps its warm-up table in only some of its runners (7 of 8, 9 of 12)', () => {
    for (const [n, honest] of [
      [8, 1],
      [12, 3],
    ] as const) {
      const refCalls = Array.from({ length: n }, (_, k) => 100_000 + (k % 3) * 1500);
      const refSetups = Array.from({ length: n }, (_, k) => 300_000 + (k % 4) * 20_000);
      const calls = refCalls.map((b, k) => (k < honest ? b : 2_000));
      const setups = refSetups.map((x, k) => (k < honest ? x + (k % 2 ? 5_000 : -5_000) : x + 400_000));
      const charge = setupCharge(calls, refCalls, setups, refSetups);
      expect(charge).toBeGreaterThan(150_000);
      expect(
        levelRatio(
          new Map([
            [
              0,
              pairedRatios(
                calls.map((a) => a + charge),
                refCalls,
                20_000,
              ),
            ],
          ]),
        ).ratio,
      ).toBeGreaterThan(1);
    }
  });
});

describe('warm-up inputs', () => {
  const test = (level: number, args: unknown[]) => ({ id: `t${args.length}`, level, args: args as never });
  it('takes the largest correctness input no larger than the test, never the same input', () => {
    const tests = [test(0, []), test(0, [1, 2]), test(0, [1, 2, 3, 4, 5, 6, 7, 8]), test(1, [5, 6, 7]), test(1, [1, 2]), test(2, Array(50).fill(1))];
    expect(warmUpTests(tests)).toEqual([1, 0, 1, 1, 0, 2]);
  });

  it('has none where every correctness input is the test itself or there are none', () => {
    expect(warmUpTests([test(0, [1]), test(1, [1])])).toEqual([undefined, undefined]);
    expect(warmUpTests([test(1, [1]), test(2, [1, 2])])).toEqual([undefined, undefined]);
  });
});
