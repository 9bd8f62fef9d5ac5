// `problems check --memory`: each tier's memory pass covers the largest level only, the
// naive/expert ratio flags memory-discriminating problems, and the table shows the peaks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { largestLevelTests, MEMORY_DISCRIMINATING, memoryVerdict } from '../../src/evaluate/check-memory.ts';
import { checkProblem, type ProblemCheck } from '../../src/evaluate/check.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { problemDigest } from '../../src/problem/digests.ts';
import type { Problem } from '../../src/problem/load.ts';
import { formatBytes, renderChecks } from '../../src/report/check-table.ts';
import type { HarnessJob, RunOutcome } from '../../src/sandbox/executor.ts';
import { toyReference } from '../support/fixtures.ts';
import { MockExecutor, MockMeter } from '../support/mocks.ts';

const peakOf = (tier: string, peakBytes: number | undefined) => ({ tier, ...(peakBytes === undefined ? {} : { memory: { peakBytes } }) });

describe('memoryVerdict', () => {
  it('divides the naive peak by the expert peak and flags a ratio of 4 or more', () => {
    expect(memoryVerdict([peakOf('naive', 8000), peakOf('standard', 3000), peakOf('expert', 2000)])).toEqual({
      naivePeakBytes: 8000,
      expertPeakBytes: 2000,
      ratio: 4,
      discriminating: true,
    });
    expect(memoryVerdict([peakOf('naive', 7999), peakOf('expert', 2000)])?.discriminating).toBe(false);
    expect(MEMORY_DISCRIMINATING).toBe(4);
  });

  it('gives no verdict without both peaks, or with a zero expert peak', () => {
    expect(memoryVerdict([peakOf('naive', 8000), peakOf('expert', undefined)])).toBeUndefined();
    expect(memoryVerdict([peakOf('expert', 100)])).toBeUndefined();
    expect(memoryVerdict([peakOf('naive', 100), peakOf('expert', 0)])).toBeUndefined();
  });
});

describe('largestLevelTests', () => {
  it('picks the tests of the last level', () => {
    const { tests, ref } = toyReference(2);
    const picked = largestLevelTests(ref);
    expect(picked.map((i) => tests[i]!.id)).toEqual(['large-1', 'large-2']);
  });
});

/** The toy problem with three Python tiers on disk; each source is its tier's name. */
function toyProblem(): Problem {
  const { ref } = toyReference(2);
  const dir = mkdtempSync(path.join(tmpdir(), 'brisk-check-memory-'));
  const references = {
    python: ['naive', 'standard', 'expert'].map((tier) => {
      const file = path.join(dir, `${tier}.py`);
      writeFileSync(file, tier);
      return { tier, file };
    }),
  };
  return { ...ref.problem, references };
}

/** Native jobs answer every test (3 on the hand-written case); memory jobs answer per tier. */
function executor(peaks: Record<string, number>) {
  return new MockExecutor((job: HarnessJob): RunOutcome => {
    if (job.mode === 'memory') {
      return { status: 'completed', tests: job.tests.map(() => ({ status: 'passed', memory: { peakBytes: peaks[job.source]! } })), wallMs: 1 };
    }
    return { status: 'completed', tests: job.tests.map((_, i) => ({ status: 'passed', firstNs: 1000, output: i === 0 ? 3 : 0 })), wallMs: 1 };
  });
}

const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', jobs: 1, memory: false };
const meter = () => new MockMeter(() => 1000);
const opts = (problem: Problem, memory?: boolean) => ({ discrimination: false, digests: { toy: problemDigest(problem, cfg.suiteSeed) }, ...(memory ? { memory } : {}) });

describe('checkProblem with memory', () => {
  it("runs each tier's memory pass on the largest level and records the naive/expert ratio", async () => {
    const ex = executor({ naive: 64 * 2 ** 20, standard: 2 ** 20, expert: 2 ** 19 });
    const problem = toyProblem();
    const c = await checkProblem(problem, ex, meter(), cfg, opts(problem, true));
    const memoryJobs = ex.jobs.filter((j) => j.job.mode === 'memory');
    expect(memoryJobs.map((j) => j.job.source)).toEqual(['naive', 'standard', 'expert']);
    for (const j of memoryJobs) expect(j.job.tests).toHaveLength(2);
    expect(c.tiers.map((t) => t.memory?.peakBytes)).toEqual([64 * 2 ** 20, 2 ** 20, 2 ** 19]);
    expect(c.memory?.python).toEqual({ naivePeakBytes: 64 * 2 ** 20, expertPeakBytes: 2 ** 19, ratio: 128, discriminating: true });
    expect(c.failures).toEqual([]);
  });

  it('runs no memory job without the option', async () => {
    const ex = executor({ naive: 1, standard: 1, expert: 1 });
    const problem = toyProblem();
    const c = await checkProblem(problem, ex, meter(), cfg, opts(problem));
    expect(ex.jobs.some((j) => j.job.mode === 'memory')).toBe(false);
    expect(c.memory).toBeUndefined();
  });

  it('a failed memory pass is a message on the tier and leaves no ratio', async () => {
    const ex = new MockExecutor((job: HarnessJob): RunOutcome => {
      if (job.mode === 'memory' && job.source === 'naive') return { status: 'sandbox_error', message: 'boom', tests: [], wallMs: 1 };
      if (job.mode === 'memory') return { status: 'completed', tests: job.tests.map(() => ({ status: 'passed', memory: { peakBytes: 10 } })), wallMs: 1 };
      return { status: 'completed', tests: job.tests.map((_, i) => ({ status: 'passed', firstNs: 1000, output: i === 0 ? 3 : 0 })), wallMs: 1 };
    });
    const problem = toyProblem();
    const c = await checkProblem(problem, ex, meter(), cfg, opts(problem, true));
    expect(c.tiers[0]!.memoryError).toBe('memory pass: sandbox_error: boom');
    expect(c.memory).toBeUndefined();
    expect(c.failures).toEqual([]);
  });
});

describe('check table', () => {
  const check = (memory: boolean): ProblemCheck => ({
    id: 'toy',
    expertCost: { python: 12345 },
    tiers: (
      [
        ['naive', 0.1, 8 * 2 ** 20],
        ['standard', 0.6, 3 * 2 ** 20],
        ['expert', 1, 2 ** 20],
      ] as const
    ).map(([tier, score, peakBytes]) => ({
      language: 'python' as const,
      tier,
      disagreement: null,
      result: { status: 'passed' as const, passed: true, score, levels: [], wallMs: 0 },
      ...(memory ? { memory: { peakBytes } } : {}),
    })),
    ...(memory ? { memory: { python: { naivePeakBytes: 8 * 2 ** 20, expertPeakBytes: 2 ** 20, ratio: 8, discriminating: true } } } : {}),
    failures: [],
    notes: [],
  });

  it('adds peak, ratio and flag columns only after a memory pass', () => {
    const plain = renderChecks([check(false)], 'instructions');
    expect(plain).not.toContain('peak');
    const [header, , row] = renderChecks([check(true)], 'instructions').split('\n');
    expect(header!.split(/\s{2,}/)).toEqual([
      'problem',
      'language',
      'naive',
      'standard',
      'expert',
      'expert max (instructions)',
      'naive peak',
      'standard peak',
      'expert peak',
      'naive/expert',
      'memory-discriminating',
      'check',
    ]);
    expect(row!.trim().split(/\s{2,}/)).toEqual(['toy', 'python', '0.100', '0.600', '1.000', '1.23e+4', '8.0 MiB', '3.0 MiB', '1.0 MiB', '8.0x', 'yes', 'ok']);
  });

  it('formats bytes in KiB below a MiB', () => {
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(5 * 2 ** 20)).toBe('5.0 MiB');
  });
});
