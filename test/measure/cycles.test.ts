// The cycles meter: estimated cycles from the counting tool's cache model, as repeatable as the
// count, above it (every access costs at least one), and exactly 1 for the expert against itself.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { evaluateSample } from '../../src/evaluate/candidate.ts';
import { measureReference, type ProblemReference } from '../../src/evaluate/reference.ts';
import { CyclesMeter, InstructionMeter } from '../../src/measure/meter.ts';
import { chooseMeter } from '../../src/measure/select.ts';
import type { Problem } from '../../src/problem/load.ts';
import type { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import { measuredPairSum } from '../support/real.ts';

describe('cycles meter', () => {
  const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'cycles', jobs: 1 };
  let problem: Problem;
  let executor: ProcessExecutor;
  let ref: ProblemReference;
  beforeAll(async () => {
    ({ problem, executor, ref } = await measuredPairSum(new CyclesMeter(), cfg));
  }, 180_000);

  it('is what --meter cycles picks, its cache geometry recorded in the reason', async () => {
    const choice = await chooseMeter('cycles');
    expect(choice.meter).toBeInstanceOf(CyclesMeter);
    expect(choice.meter.unit).toBe('cycles');
    expect(choice.reason).toMatch(/I1 and D1 32 KiB 8-way, LL 8 MiB 16-way, 64-byte lines/);
  });

  it('estimates the same cycles in another process, more than the instructions', async () => {
    const again = await measureReference({ executor, meter: new CyclesMeter(), cfg }, problem);
    expect([...again.refCost.entries()]).toEqual([...ref.refCost.entries()]);
    const counted = await measureReference({ executor, meter: new InstructionMeter(), cfg: { ...cfg, meter: 'instructions' } }, problem);
    for (const [i, cycles] of ref.refCost) expect(cycles).toBeGreaterThan(counted.refCost.get(i)!);
  }, 180_000);

  it('scores the expert against itself exactly 1, in both languages', async () => {
    const expert = readFileSync(problem.references.python!.at(-1)!.file, 'utf8');
    const r = await evaluateSample({ executor, meter: new CyclesMeter(), cfg }, ref, expert);
    expect(r.score).toBe(1);
    const js = await measureReference({ executor, meter: new CyclesMeter(), cfg }, problem, 'javascript', ref);
    const jsExpert = readFileSync(problem.references.javascript!.at(-1)!.file, 'utf8');
    const rj = await evaluateSample({ executor, meter: new CyclesMeter(), cfg }, js, jsExpert, 'javascript');
    expect(rj.levels.map((l) => l.ratio)).toEqual([1, 1, 1]);
  }, 240_000);
});
