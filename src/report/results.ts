// Assembles results.json from a run's outcome, its configuration and its environment.
import os from 'node:os';
import { tieTolerance, type EvalConfig } from '../evaluate/config.ts';
import type { RunOutcome } from '../evaluate/run.ts';
import type { MeterChoice } from '../measure/select.ts';
import { isolationLabel, type Isolation } from '../sandbox/command.ts';
import type { Interpreter } from '../sandbox/interpreter.ts';
import { topComparisons } from './compare.ts';
import { ResultsSchema, type Results } from './schema.ts';

export interface RunContext {
  runId: string;
  suite: string;
  problems: string[];
  config: EvalConfig;
  meter: MeterChoice;
  interpreter: Interpreter;
  isolation: Isolation;
  harnessVersion: string;
  brisk: string;
  /** A secret suite seed's hash: published instead of the seed. */
  seedHash?: string;
}

export function machineInfo(): Results['environment']['machine'] {
  return {
    hostname: os.hostname(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

export function buildResults(ctx: RunContext, outcome: RunOutcome, agreement?: Results['agreement']): Results {
  const { config: c } = ctx;
  const results: Results = {
    schemaVersion: 1,
    runId: ctx.runId,
    createdAt: new Date().toISOString(),
    config: {
      meter: c.meter,
      alpha: c.alpha,
      scoring: c.scoring,
      ks: c.ks,
      ...(ctx.seedHash ? { seedHash: ctx.seedHash } : { suiteSeed: c.suiteSeed }),
      repetitions: c.repetitions,
      minBatchNs: c.minBatchNs,
      censorFactor: c.censorFactor,
      memoryBytes: c.memoryBytes,
      jobs: c.jobs,
      memory: c.memory,
      problems: ctx.problems,
      suite: ctx.suite,
      tierMetrics: c.tierMetrics,
      tieTolerance: tieTolerance(c.meter),
      bootstrapSeed: c.bootstrapSeed,
      bootstrapResamples: c.bootstrapResamples,
    },
    environment: {
      meter: { name: ctx.meter.meter.name, unit: ctx.meter.meter.unit, reason: ctx.meter.reason, valgrind: ctx.meter.valgrind },
      interpreter: { language: ctx.interpreter.language, path: ctx.interpreter.path, version: ctx.interpreter.version },
      isolation: { label: isolationLabel(ctx.isolation), ...ctx.isolation },
      machine: machineInfo(),
      harnessVersion: ctx.harnessVersion,
      brisk: ctx.brisk,
    },
    references: outcome.references,
    entrants: outcome.entrants.map((e) => ({
      name: e.name,
      summary: e.summary,
      // Metrics sit flat beside id and n ("pass@1", "eff@1", ...), as the published shape has them.
      problems: e.problems.map((p) => ({ id: p.id, n: p.n, correct: p.correct, ...p.metrics, samples: p.samples }) as unknown as Results['entrants'][number]['problems'][number]),
      intervals: e.intervals,
    })),
    warnings: outcome.warnings,
    metrics: outcome.metrics,
  };
  // The top entrants' paired comparisons cost a bootstrap per metric and pair: three pairs at most.
  results.comparisons = topComparisons(results, { seed: c.bootstrapSeed, resamples: c.bootstrapResamples });
  if (agreement) results.agreement = agreement;
  // Validate what we publish: a schema drift is a bug here, not in the reader.
  return ResultsSchema.parse(results);
}
