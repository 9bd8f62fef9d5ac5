// A one-problem run for evaluateRun-level tests: a toy problem with three tier files whose
// sources are labels, a mock meter that costs each label, and an executor script.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { DirectMeasure } from '../../src/evaluate/direct.ts';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { evaluateRun, type Entrant } from '../../src/evaluate/run.ts';
import type { Meter, MeterContext } from '../../src/measure/meter.ts';
import { parseSignature } from '../../src/problem/inputs.ts';
import type { Problem } from '../../src/problem/load.ts';
import { enamelLevels } from '../../src/problem/spec.ts';
import { buildResults } from '../../src/report/results.ts';
import type { Results } from '../../src/report/schema.ts';
import type { HarnessJob, RunOutcome } from '../../src/sandbox/executor.ts';
import { toySpec } from './fixtures.ts';
import { MockExecutor, passedRecords } from './mocks.ts';

const spec = toySpec({
  levels: [
    { name: 'correctness', weight: 0, cases: 1, size: 2 },
    ...enamelLevels([0, 10, 20, 30])
      .slice(1)
      .map((l) => ({ ...l, cases: 2 })),
  ],
});
// Tests: case-1, correctness-1, then 6 scored tests (small, medium, large x 2): the last is large-2.
const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-tiers-'));
const tierFile = (tier: string, source: string) => {
  const file = path.join(dir, `${tier}.py`);
  writeFileSync(file, source);
  return { tier, file };
};
export const problem: Problem = {
  spec,
  signature: parseSignature(spec),
  references: { python: [tierFile('naive', 'NAIVE'), tierFile('standard', 'STANDARD'), tierFile('expert', 'EXPERT')] },
};
/** Cost per scored test by source label. */
export const COST: Record<string, number> = { EXPERT: 100, STANDARD: 300, FAST: 50, NAIVE: 1000 };

export class LabelMeter implements Meter {
  readonly name = 'instructions' as const;
  readonly unit = 'instructions' as const;
  readonly timesNatively = false;
  async costs(ctx: MeterContext) {
    return { costs: new Map(ctx.indices.map((i) => [i, COST[ctx.job.source]!] as [number, number])) };
  }
}

export function script(job: HarnessJob): RunOutcome {
  const records = passedRecords(job.tests.length);
  // NAIVE is censored on the last large test; WRONG fails a correctness test.
  if (job.source === 'NAIVE') records[job.tests.length - 1] = { status: 'timeout', message: 'past the limit' };
  if (job.source === 'WRONG') records[1] = { status: 'wrong_answer', message: 'expected 0, got 1' };
  return { status: 'completed', tests: records, wallMs: 1 };
}

export const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', jobs: 2, bootstrapResamples: 2000, memory: false };
export const sample = (source: string) => ({ source, origin: `m.jsonl:${source}`, language: 'python' as const });
export const model: Entrant = { name: 'model', samples: new Map([['toy', ['EXPERT', 'FAST', 'WRONG'].map(sample)]]) };

/** results.json's object from a mock run of these entrants on the toy problem. */
export async function mockResults(entrants: Entrant[], config: EvalConfig = cfg, seedHash?: string): Promise<Results> {
  const meter = new LabelMeter();
  const outcome = await evaluateRun([problem], entrants, new DirectMeasure({ executor: new MockExecutor(script), meter, cfg: config }));
  return buildResults(
    {
      runId: 'run-mock',
      suite: '/suite',
      problems: ['toy'],
      config,
      meter: { meter, reason: 'mock' },
      interpreter: { language: 'python', path: '/usr/bin/python3', version: '3.11' },
      isolation: { bubblewrap: false, dropToNobody: false, notes: [] },
      harnessVersion: 'h',
      brisk: '0.1.0',
      ...(seedHash ? { seedHash } : {}),
    },
    outcome,
  );
}

/** An entrant slower than the model: two copies of the standard tier and a wrong answer. */
export const slow: Entrant = { name: 'slow', samples: new Map([['toy', ['STANDARD', 'STANDARD', 'WRONG'].map(sample)]]) };
