// The supervisor protocol, one definition for the Python (supervisor.py) and JavaScript
// (supervisor.cjs) supervisors; docs/harness.md describes it. Host -> zygote: the byte 'J',
// then the job header line; host -> job process: the byte 'C' and one call line per call, or
// 'Q' to end the job. Every line the sandbox sends is validated here before it is believed:
// a malformed or oversized line is a fault of that job, never of the host.
import { z } from 'zod';

export const COMMAND = { job: 'J', call: 'C', quit: 'Q' } as const;
/** Largest line the host reads from a supervisor (a result carries the call's output). */
export const LINE_CAP = 160 * 2 ** 20;

/** How a job's runners are measured: see docs/harness.md. */
export type SupervisorMode = 'native' | 'count' | 'perf' | 'memory';

export interface JobHeader {
  kind: 'function' | 'stdio';
  entry?: string;
  /** Python source, or JavaScript already transpiled to CommonJS by the host. */
  source: string;
  mode: SupervisorMode;
  /** Inputs only: expected outputs never enter the sandbox. */
  tests: { args?: unknown[]; stdin?: string }[];
  recursion_limit?: number;
  /** Address-space (Python) or heap (JavaScript) limit of a runner, bytes; not when counting. */
  memory_bytes?: number;
  /** Python: the problem's prelude, run once in the job process to warm imports and typing's caches. */
  warm_source?: string;
  /** Timed calls: a program that only defines the entry (returning at once), timed once per call. */
  empty_source?: string;
  /** Paired timing: the reference, whose runners alternate with the candidate's. */
  pair_source?: string;
  /** Python: preload threading (the host decides: see preloadsThreading in supervisor-pool.ts). */
  preload_threading?: boolean;
}

export interface CallCommand {
  op: 'call';
  i: number;
  /** Fresh runners for this test, one timed value each (time mode). */
  reps?: number;
  /** A runner past this much CPU time (from its go) is stopped: load does not move it. */
  cpu_limit_ns?: number;
  /** Wall-clock backstop, ms. */
  wall_limit_ms: number;
  /** 1: time the empty program once, then the reps; 2: also pair each rep with the reference (ABBA). */
  timed?: 0 | 1 | 2;
  /** Timed function calls: the test whose input warms each runner first, in an untimed call. */
  warm?: number;
  /** Timed calls: 0 leaves the empty program out of this call (its cost is known from others). */
  empty?: 0 | 1;
  /** Paired calls: 1 starts with the reference (BAAB...), for alternate rounds of pairs. */
  flip?: 0 | 1;
  /** Counted calls: the counting tool ends a runner past this many instructions (its censoring limit). */
  budget?: number;
  /**
   * Untimed native Python calls: tests i to i + batch - 1 in one call process, a fresh runner and
   * one event each, in order; it stops after the first event that is not a result.
   */
  batch?: number;
}

/** A budget never reached (2^60 instructions: days under valgrind), in the same 20 digits as any other. */
export const NO_BUDGET = 2 ** 60;

const count = z.number().int().nonnegative();

export const errorSchema = z.object({ type: z.string().max(200), message: z.string().max(2000) });

export const eventSchema = z.discriminatedUnion('ev', [
  z.object({ ev: z.enum(['job', 'call']), pid: z.number().int() }),
  z.object({ ev: z.enum(['job_end', 'call_end']), status: z.number().int() }),
  z.object({ ev: z.literal('ready') }),
  z.object({ ev: z.literal('compile_error'), message: z.string().max(4000) }),
  z.object({ ev: z.literal('harness_error'), message: z.string().max(4000) }),
  z.object({
    ev: z.literal('result'),
    i: count,
    /** JSON text `{"v": <wire value>, "peak": <bytes or -1>}` written by the runner. */
    output: z.string(),
    /** The CPU time of each runner from its go to its frame, ns (one per repetition). */
    cpu_ns: z.array(count).min(1),
    /** Every repetition returned the same output. */
    same: z.boolean(),
    /** The last runner's pid inside the sandbox (its count file carries it). */
    pid: z.number().int().positive(),
    rss: count.optional(),
    /** Timed calls: the empty program's CPU time, ns. */
    empty_ns: count.optional(),
    /** Paired calls: the reference's CPU time per repetition, ns, and whether its outputs agreed. */
    pair_ns: z.array(count).min(1).optional(),
    pair_same: z.boolean().optional(),
    /** Warmed calls: each runner's set-up (its program and the warm-up call), ns, as cpu_ns and pair_ns. */
    setup_ns: z.array(count).min(1).optional(),
    pair_setup_ns: z.array(count).min(1).optional(),
    /** perf mode: the runner's user-space instructions from its go to its frame. */
    instructions: z.number().int().min(-1).optional(),
  }),
  z.object({ ev: z.literal('failed'), i: count, error: errorSchema }),
  z.object({ ev: z.literal('timeout'), i: count, limit: z.enum(['cpu', 'wall']), cpu_ns: count.nullable() }),
  z.object({ ev: z.literal('died'), i: count, pid: z.number().int().positive().optional(), signal: z.number().int().optional(), code: z.number().int().optional() }),
]);

export type SupervisorEvent = z.infer<typeof eventSchema>;
export type CallEvent = Extract<SupervisorEvent, { ev: 'result' | 'failed' | 'timeout' | 'died' }>;

/** Parses one line from a supervisor; undefined for anything that is not a valid event. */
export function parseEvent(line: string): SupervisorEvent | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return undefined;
  }
  const r = eventSchema.safeParse(raw);
  return r.success ? r.data : undefined;
}

const payloadSchema = z.object({ v: z.unknown(), peak: z.number().int() });

/** The runner's frame: its output (a wire value, or a program's stdout) and allocation peak. */
export function parseOutput(text: string): { value: unknown; peak?: number } | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const r = payloadSchema.safeParse(raw);
  if (!r.success) return undefined;
  return { value: r.data.v, ...(r.data.peak >= 0 ? { peak: r.data.peak } : {}) };
}
