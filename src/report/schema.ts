// The published shape of results.json. Later versions extend it; they never break it.
import { z } from 'zod';

const Metrics = z.record(z.string(), z.number());

/** The memory pass's figures (src/measure/memory-figures.ts). */
export const Memory = z.object({
  peakBytes: z.number(),
  rssPeakBytes: z.number().optional(),
  integral: z.number().optional(),
  integralUnit: z.enum(['byte*instructions', 'byte*cycles', 'byte*ns']).optional(),
});

const Level = z.object({
  name: z.string(),
  weight: z.number(),
  cost: z.number().optional(),
  refCost: z.number(),
  ratio: z.number().optional(),
  /** Time meter: the 95% interval of the paired ratio to the reference. */
  ratioInterval: z.tuple([z.number(), z.number()]).optional(),
  efficiency: z.number(),
  censored: z.boolean(),
});

export const SampleSchema = z.object({
  index: z.number().int(),
  origin: z.string(),
  language: z.enum(['python', 'javascript', 'typescript']),
  status: z.enum(['passed', 'wrong_answer', 'error', 'timeout', 'memory_limit', 'crashed', 'compile_error', 'sandbox_error', 'inconsistent']),
  passed: z.boolean(),
  score: z.number(),
  message: z.string().optional(),
  test: z.string().optional(),
  levels: z.array(Level),
  wallMs: z.number(),
  totalCost: z.number().optional(),
  memory: Memory.optional(),
  memoryError: z.string().optional(),
  /** The queue worker that measured it (`brisk run --queue`); absent for local runs. */
  measuredBy: z.string().optional(),
});

/** A queue worker that measured part of the run, as it reported itself. */
export const WorkerSchema = z.object({
  name: z.string(),
  host: z.string(),
  pid: z.number().int(),
  cpu: z.string(),
  cores: z.number().int(),
  /** Results it delivered to this run (a refused one is not counted). */
  results: z.number().int().optional(),
});

const Interval = z.object({ low: z.number(), high: z.number() });

const MetricInfo = z.object({
  aggregate: z.enum(['mean', 'geomean', 'pooled']),
  unit: z.string(),
  better: z.enum(['higher', 'lower']),
  description: z.string(),
});

const Comparison = z.object({
  metric: z.string(),
  problems: z.number().int(),
  meanDifference: z.number(),
  interval: Interval.optional(),
  wins: z.number().int(),
  ties: z.number().int(),
  losses: z.number().int(),
  winRate: z.number(),
});

/** One level of one sample, measured by both meters: its ratio to the reference by each. */
const RatioPair = z.object({ entrant: z.string(), problem: z.string(), sample: z.number().int(), level: z.string(), instructions: z.number(), time: z.number() });

/** One problem's agreement between the meters (src/score/agreement.ts). */
const ProblemAgreement = z.object({ id: z.string(), n: z.number().int(), spearman: z.number().optional(), medianGap: z.number().optional() });

/** `brisk run --check-agreement`: instruction-based against time-based per-level ratios. */
export const AgreementSchema = z.object({
  /** The run's deterministic meter: the unit of the pairs' `instructions` ratios (absent: instructions). */
  meter: z.enum(['instructions', 'cycles']).optional(),
  n: z.number().int(),
  spearman: z.number().optional(),
  medianGap: z.number().optional(),
  unpaired: z.object({ instructionsOnly: z.number().int(), timeOnly: z.number().int() }),
  problems: z.array(ProblemAgreement),
  disagreements: z.array(ProblemAgreement.extend({ worst: RatioPair.omit({ problem: true }) })),
  pairs: z.array(RatioPair),
  timePass: z.object({ samples: z.number().int(), seconds: z.number() }),
});

const ProblemResult = z.object({ id: z.string(), n: z.number().int(), correct: z.number().int(), samples: z.array(SampleSchema) }).catchall(z.number());

export const ResultsSchema = z.object({
  schemaVersion: z.literal(1),
  runId: z.string(),
  createdAt: z.string(),
  config: z.object({
    meter: z.enum(['instructions', 'cycles', 'time']),
    alpha: z.number(),
    scoring: z.enum(['default', 'enamel']),
    ks: z.array(z.number().int()),
    /** Absent when the run used a secret seed: then seedHash is its SHA-256. */
    suiteSeed: z.number().int().optional(),
    seedHash: z.string().optional(),
    repetitions: z.number().int(),
    minBatchNs: z.number(),
    censorFactor: z.number(),
    memoryBytes: z.number(),
    jobs: z.number().int(),
    memory: z.boolean().optional(),
    problems: z.array(z.string()),
    suite: z.string(),
    tierMetrics: z.boolean().optional(),
    /** Relative tie tolerance of cost comparisons (efficient@k, DPS, Beyond). */
    tieTolerance: z.number().optional(),
    bootstrapSeed: z.number().int().optional(),
    bootstrapResamples: z.number().int().optional(),
  }),
  environment: z.object({
    meter: z.object({ name: z.string(), unit: z.string(), reason: z.string(), valgrind: z.string().optional() }),
    interpreter: z.object({ language: z.string(), path: z.string(), version: z.string() }),
    isolation: z.object({ label: z.string(), bubblewrap: z.boolean(), dropToNobody: z.boolean(), notes: z.array(z.string()) }),
    machine: z.object({ hostname: z.string(), cpu: z.string(), cores: z.number(), memoryBytes: z.number(), os: z.string(), node: z.string() }),
    harnessVersion: z.string(),
    brisk: z.string(),
    /** With `--queue`: the workers that measured this run's results. */
    workers: z.array(WorkerSchema).optional(),
  }),
  references: z.array(
    z.object({
      id: z.string(),
      language: z.enum(['python', 'javascript']),
      version: z.number(),
      inputsDigest: z.string(),
      tier: z.string().optional(),
      levelCosts: z.array(z.object({ name: z.string(), weight: z.number(), cost: z.number() })).optional(),
      error: z.string().optional(),
      totalCost: z.number().optional(),
      tiers: z.array(z.object({ tier: z.string(), status: SampleSchema.shape.status, passed: z.boolean(), totalCost: z.number().optional() })).optional(),
      memory: Memory.optional(),
      memoryError: z.string().optional(),
      measuredBy: z.string().optional(),
    }),
  ),
  entrants: z.array(
    z.object({
      name: z.string(),
      summary: Metrics,
      problems: z.array(ProblemResult),
      /** Bootstrap 95% interval over problems of each summary metric (absent for counts). */
      intervals: z.record(z.string(), Interval).optional(),
    }),
  ),
  warnings: z.array(z.string()),
  /** Meaning, unit, aggregation and direction of every metric name used above. */
  metrics: z.record(z.string(), MetricInfo).optional(),
  /** Paired comparisons of the top entrants (as `brisk compare` prints them). */
  comparisons: z.array(z.object({ a: z.string(), b: z.string(), metrics: z.array(Comparison) })).optional(),
  /** With `--check-agreement`: how far instruction counts and times agree on this run's ratios. */
  agreement: AgreementSchema.optional(),
});

export type Results = z.infer<typeof ResultsSchema>;
