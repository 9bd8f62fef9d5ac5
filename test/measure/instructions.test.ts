// Callgrind region counts: bit-identical across processes, and memoizing across calls gains nothing.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { measureReference, type ProblemReference } from '../../src/evaluate/reference.ts';
import { evaluateSample } from '../../src/evaluate/candidate.ts';
import { InstructionMeter } from '../../src/measure/meter.ts';
import type { Problem } from '../../src/problem/load.ts';
import type { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import { Supervisor } from '../../src/sandbox/supervisor.ts';
import { measuredPairSum } from '../support/real.ts';
import { PAIR_SUM_PLAIN } from '../support/fixtures.ts';

const PLAIN = PAIR_SUM_PLAIN;
// Caches answers in module state: with a fresh namespace per call the cache is always empty.
const MEMO = `
_cache = {}
${PLAIN.replace('def count_pairs', 'def _plain')}
def count_pairs(nums, target):
    key = (tuple(nums), target)
    if key not in _cache:
        _cache[key] = _plain(nums, target)
    return _cache[key]
`;

describe('instruction meter', () => {
  const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', jobs: 1 };
  const meter = new InstructionMeter();
  let problem: Problem;
  let executor: ProcessExecutor;
  let ref: ProblemReference;
  beforeAll(async () => {
    ({ problem, executor, ref } = await measuredPairSum(meter, cfg));
  }, 120_000);

  it('counts the reference identically in another process', async () => {
    // A new meter: its cache of identical jobs must not answer for the second process.
    const again = await measureReference({ executor: executor, meter: new InstructionMeter(), cfg }, problem);
    expect([...again.refCost.entries()]).toEqual([...ref.refCost.entries()]);
    expect(Math.min(...ref.refCost.values())).toBeGreaterThan(1000);
  });

  it('counts the same however the pipe splits the job header (machine load decides that)', async () => {
    // Pieces of 1,000 bytes a millisecond apart: the job process reads the header in hundreds of
    // reads instead of a few, and its heap, and every call's count, must not show it.
    const proto = Supervisor.prototype as unknown as { writeBytes(b: Buffer): void };
    const whole = proto.writeBytes;
    proto.writeBytes = function (this: unknown, b: Buffer) {
      for (let at = 0, k = 0; at < b.length; at += 1000, k++) setTimeout(() => whole.call(this, b.subarray(at, at + 1000)), k);
    };
    try {
      const split = await measureReference({ executor: executor, meter: new InstructionMeter(), cfg }, problem);
      expect([...split.refCost.entries()]).toEqual([...ref.refCost.entries()]);
    } finally {
      proto.writeBytes = whole;
    }
  }, 120_000);

  it('scores the expert against itself exactly 1', async () => {
    const expert = readFileSync(problem.references.python!.at(-1)!.file, 'utf8');
    const r = await evaluateSample({ executor: executor, meter: meter, cfg }, ref, expert);
    expect(r.levels.map((l) => l.ratio)).toEqual([1, 1, 1]);
    expect(r.score).toBe(1);
  });

  it('counts JavaScript identically in another process (V8 baseline tier, --predictable)', async () => {
    const first = await measureReference({ executor: executor, meter: meter, cfg }, problem, 'javascript', ref);
    const second = await measureReference({ executor: executor, meter: new InstructionMeter(), cfg }, problem, 'javascript', ref);
    expect([...second.refCost.entries()]).toEqual([...first.refCost.entries()]);
    const expert = readFileSync(problem.references.javascript!.at(-1)!.file, 'utf8');
    const r = await evaluateSample({ executor: executor, meter: meter, cfg }, first, expert, 'javascript');
    expect(r.score).toBe(1);
  }, 300_000);

  it('gives a memoizing candidate no advantage over the same code without the cache', async () => {
    const plain = await evaluateSample({ executor: executor, meter: meter, cfg }, ref, PLAIN);
    const memo = await evaluateSample({ executor: executor, meter: meter, cfg }, ref, MEMO);
    expect(memo.status).toBe('passed');
    plain.levels.forEach((l, k) => {
      expect(memo.levels[k]!.cost!).toBeGreaterThan(l.cost!);
    });
  });
});
