// The Executor interface between evaluation and the sandboxed harness processes, and the
// types of what crosses it. The real implementation is in process-executor.ts; tests use mocks.
import type { Wire } from '../problem/codec.ts';
import type { TypeNode } from '../problem/types.ts';

/**
 * native: correctness, censoring and timing; callgrind / perf: instruction counts of the call
 * (callgrind is the counting tool's mode, named for stored keys); cycles: the tool's count with
 * its cache model; memory: an untimed pass for the call's allocation peak (allocator domains,
 * V8 heap) and RSS peak.
 */
export type Mode = 'native' | 'callgrind' | 'cycles' | 'perf' | 'memory';
/** The language a candidate is written in; TypeScript is transpiled and runs as JavaScript. */
export type CandidateLanguage = 'python' | 'javascript' | 'typescript';

export interface JobTest {
  args?: Wire[];
  stdin?: string;
  /** Take timing samples for this test (scored levels only). */
  time?: boolean;
  /** Timed values of this test (default: the plan's repetitions); paired: the first round's pairs. */
  reps?: number;
  /** Paired timing: more rounds of `step` pairs, up to `max` in all, until RunControl.settled. */
  moreRounds?: { step: number; max: number };
  /** Timed function tests: the test whose input warms each runner first (an untimed call). */
  warm?: number;
  /** A first call slower than this (ns, fastest of three tries) is censored. */
  censorNs?: number;
  /** Counted calls: more instructions than this censor the test, so the counting tool ends the runner there. */
  budget?: number;
  /** The expected output, for a Python checker run by the harness (native mode only). */
  expected?: Wire;
}

export interface TimingPlan {
  repetitions: number;
  /** The empty program (the call path's cost) is timed in this many of a job's timed tests, the first. */
  emptyCalls?: number;
  /** One timed value spans at least this long (calls are batched). */
  minBatchNs: number;
  maxBatch: number;
}

export interface HarnessJob {
  language: CandidateLanguage;
  /** Function problems: the declared return type (JavaScript results are typed by it). */
  returns?: TypeNode;
  kind: 'function' | 'stdio';
  entry?: string;
  source: string;
  mode: Mode;
  tests: JobTest[];
  timing?: TimingPlan;
  /**
   * Python source defining `__check(input, answer, output)`: the harness judges each test that
   * carries `expected` with it (native mode) and reports the verdict instead of `verify`.
   */
  checker?: string;
  /** Callgrind and perf modes: count only the first n tests (the rest stay in the payload). */
  countFirst?: number;
  /** Python: the problem's prelude, run once before any runner (warm imports, typing's caches). */
  warmSource?: string;
  /** Timed tests: a program that only defines the entry, returning at once (the call path's cost). */
  emptySource?: string;
  /** Paired timing: the reference's source; its runners alternate with the candidate's. */
  pairSource?: string;
}

export interface RunControl {
  /** Wall-clock limit of test i's first call (native), counted call or memory call, in ms. */
  callLimitMs: (i: number) => number;
  /** Compares test i's output with the expected one; a difference stops the run early. */
  verify?: (i: number, output: Wire | string) => string | null | Promise<string | null>;
  /** Address-space limit in bytes for native runs. */
  memoryBytes: number;
  /** Paired timing: whether test i's pairs so far suffice (else another round, see JobTest.moreRounds); `tests` are the job's records so far. */
  settled?: (i: number, tests: readonly TestRecord[]) => boolean;
}

/** `inconsistent`: outputs of the same input differed between calls or passes. */
export type TestStatus = 'passed' | 'wrong_answer' | 'error' | 'timeout' | 'memory_limit' | 'crashed' | 'inconsistent' | 'not_run';

export interface TestRecord {
  status: TestStatus;
  output?: Wire | string;
  /** CPU time of the first call's runner, ns, read by the supervisor. */
  firstNs?: number;
  /** Per-call times of the timed batches, ns. */
  samples?: number[];
  /** Paired timing: the reference's times, one per sample, taken alternately with them, ns. */
  pairSamples?: number[];
  /** Warmed tests: each runner's set-up (its program and the warm-up call), ns, as samples and pairSamples. */
  setupNs?: number[];
  pairSetupNs?: number[];
  /** Timed tests: the empty program's time in the same call, ns. */
  emptyNs?: number;
  batch?: number;
  instructions?: number;
  /** Cycles mode: estimated cycles (instructions and the cache model's accesses and misses). */
  cycles?: number;
  /** Memory mode: the call's own allocation peak and the process's RSS peak, bytes. */
  memory?: { peakBytes: number; rssPeakBytes?: number };
  /** Exception type and message, or what went wrong. */
  message?: string;
  /** A timeout that is the count's own verdict: the counting tool ended the runner past its budget. */
  overBudget?: boolean;
}

export type RunStatus = 'completed' | 'compile_error' | 'load_error' | 'sandbox_error';

export interface RunOutcome {
  status: RunStatus;
  message?: string;
  tests: TestRecord[];
  wallMs: number;
}

export interface Executor {
  run(job: HarnessJob, control: RunControl): Promise<RunOutcome>;
}
