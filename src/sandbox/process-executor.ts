// I/O shell: runs one harness job through a pooled, sandboxed supervisor (docs/harness.md).
// The candidate runs in a runner forked per call; this side holds the expected outputs and
// judges every output of every pass, reads the runners' instruction counts and turns
// each call's event into a test record. Nothing a runner sends can crash or hang it.
import type { CallCommand, CallEvent, JobHeader, SupervisorMode } from '../harness/protocol.ts';
import { NO_BUDGET, parseOutput } from '../harness/protocol.ts';
import { readRunnerCount, readToolEnd, type RunnerCount } from './count-file.ts';
import { fromJsValue, type JsWire } from '../problem/codec-js.ts';
import type { Wire } from '../problem/codec.ts';
import type { Isolation } from './command.ts';
import type { Executor, HarnessJob, RunControl, RunOutcome, TestRecord } from './executor.ts';
import { nodeInterpreter, type Interpreter } from './interpreter.ts';
import { CheckerService } from './checker-service.ts';
import { preloadsThreading, SupervisorPool, type Lease, type PoolKey } from './supervisor-pool.ts';
import type { Lost } from './supervisor.ts';
import { transpileCandidate } from './transpile.ts';

/** Extra memory a sandbox gets over the runner's own limit: the supervisor, and valgrind. */
const SUPERVISOR_MB = 512;
const VALGRIND_MB = 2048;

/** Where the executor's time went, per job mode: for `npm run bench:sample`. */
export interface ModeStats {
  jobs: number;
  calls: number;
  wallMs: number;
  /** CPU time of the sandboxes' processes (cgroup accounting), when available. */
  cpuMs: number;
}
const LOST = "the sandbox's supervisor was lost";

export class ProcessExecutor implements Executor {
  readonly pool: SupervisorPool;
  readonly stats = new Map<string, ModeStats>();
  private readonly checker: CheckerService;

  constructor(
    isolation: Isolation,
    python: Interpreter,
    node: Interpreter = nodeInterpreter(),
    /** Memory limit of a runner, bytes; the sandbox's cgroup allows this plus the supervisor's. */
    memoryBytes = 2 * 2 ** 30,
  ) {
    this.pool = new SupervisorPool(isolation, python, node, (counted) => memoryBytes + (SUPERVISOR_MB + (counted ? VALGRIND_MB : 0)) * 2 ** 20);
    this.checker = new CheckerService(isolation, python, 60999);
  }

  close(): void {
    this.pool.closeAll();
    this.checker.close();
  }

  /** A job whose supervisor was lost (Brisk's fault, never the candidate's) is run once more. */
  async run(job: HarnessJob, control: RunControl): Promise<RunOutcome> {
    const first = await this.runOnce(job, control);
    if (first.status !== 'sandbox_error' || !first.message?.startsWith(LOST)) return first;
    const second = await this.runOnce(job, control);
    if (second.status === 'sandbox_error') second.message = `${second.message} (also on a retry; first: ${first.message})`;
    return second;
  }

  private async runOnce(job: HarnessJob, control: RunControl): Promise<RunOutcome> {
    const started = Date.now();
    const tests: TestRecord[] = job.tests.map(() => ({ status: 'not_run' }));
    const outcome: RunOutcome = { status: 'completed', tests, wallMs: 0 };
    const js = job.language !== 'python';
    let source = job.source;
    if (js) {
      const t = transpileCandidate(job.source, job.language === 'typescript' ? 'typescript' : 'javascript');
      if (!t.ok) return { status: 'compile_error', message: t.message, tests, wallMs: 0 };
      source = t.code;
    }
    if (source.includes('\0')) return { status: 'compile_error', message: 'the source contains a NUL byte', tests, wallMs: 0 };
    // The host's own programs for timing: an error in them is Brisk's, never the candidate's.
    const hostCode = (code: string | undefined): string | undefined => {
      if (code === undefined || !js) return code;
      const t = transpileCandidate(code, 'javascript');
      return t.ok ? t.code : undefined;
    };
    const emptySource = hostCode(job.emptySource);
    const pairSource = hostCode(job.pairSource);
    if ((job.emptySource !== undefined && emptySource === undefined) || (job.pairSource !== undefined && pairSource === undefined)) {
      return { status: 'sandbox_error', message: 'the timing programs (empty call, paired reference) do not compile', tests, wallMs: 0 };
    }
    const mode: SupervisorMode = job.mode === 'callgrind' || job.mode === 'cycles' ? 'count' : job.mode;
    const key: PoolKey = {
      family: js ? 'javascript' : 'python',
      counted: mode === 'count',
      ...(job.mode === 'cycles' ? { cacheSim: true } : {}),
      ...(js && mode !== 'count' ? { heapMb: Math.max(64, Math.floor(control.memoryBytes / 2 ** 20)) } : {}),
    };
    const header: JobHeader = {
      kind: job.kind,
      entry: job.entry,
      source,
      mode,
      tests: job.tests.map((t) => (job.kind === 'stdio' ? { stdin: t.stdin ?? '' } : { args: t.args ?? [] })),
      ...(mode === 'count' ? {} : { memory_bytes: control.memoryBytes }),
      ...(job.warmSource !== undefined && !js ? { warm_source: job.warmSource } : {}),
      ...(emptySource !== undefined ? { empty_source: emptySource } : {}),
      ...(pairSource !== undefined ? { pair_source: pairSource } : {}),
      ...(preloadsThreading(job) ? { preload_threading: true } : {}),
    };
    let lease: Lease;
    try {
      lease = await this.pool.acquire(key);
    } catch (e) {
      return { status: 'sandbox_error', message: (e as Error).message, tests, wallMs: Date.now() - started };
    }
    const began = Date.now();
    const cpuBefore = lease.cgroup?.cpuNs();
    const stat = this.stats.get(job.mode) ?? { jobs: 0, calls: 0, wallMs: 0, cpuMs: 0 };
    this.stats.set(job.mode, stat);
    stat.jobs++;
    try {
      const start = await lease.supervisor.startJob(header);
      if (start.ev === 'compile_error') return { status: 'compile_error', message: start.message, tests, wallMs: Date.now() - started };
      if (start.ev === 'lost') return { status: 'sandbox_error', message: `${LOST}: ${start.why}`, tests, wallMs: Date.now() - started };
      const count = job.countFirst ?? job.tests.length;
      for (let i = 0; i < count; ) {
        const batch = batchFrom(job, control, mode, i, count);
        const { stop, at } = batch > 1 ? await this.runBatch(job, control, lease, i, batch, tests) : { stop: await this.runTest(job, control, lease, mode, i, tests), at: i };
        // Tests that ran: a batch ends at its first test that did not pass.
        stat.calls += stop ? at - i + 1 : batch;
        if (stop === 'lost' || stop === 'meter') {
          outcome.status = 'sandbox_error';
          outcome.message = tests[at]!.message;
          tests[at]!.status = 'not_run';
          break;
        }
        if (stop) break;
        i += batch;
      }
      await lease.supervisor.endJob();
    } finally {
      stat.wallMs += Date.now() - began;
      const cpuAfter = lease.cgroup?.cpuNs();
      if (cpuBefore !== undefined && cpuAfter !== undefined) stat.cpuMs += (cpuAfter - cpuBefore) / 1e6;
      this.pool.release(key, lease);
    }
    outcome.wallMs = Date.now() - started;
    return outcome;
  }

  /** Runs and judges test i; true when the job should stop here, 'lost' when the sandbox was. */
  private async runTest(job: HarnessJob, control: RunControl, lease: Lease, mode: SupervisorMode, i: number, records: TestRecord[]): Promise<boolean | 'lost' | 'meter'> {
    const t = job.tests[i]!;
    const rec = records[i]!;
    const timed = timingOf(job, mode, i);
    const reps = timed ? (t.reps ?? job.timing!.repetitions) : 1;
    const limits = callLimits(control.callLimitMs(i), t.censorNs);
    const passes: { trace?: boolean; reps?: number }[] = mode === 'memory' ? [{ trace: false }, { trace: true }] : [{}];
    // Sequential pairs: further rounds while the pairs so far leave the ratio loose.
    const more = timed === 2 ? t.moreRounds : undefined;
    for (let done = reps; more && control.settled && done < more.max; done += more.step) passes.push({ reps: Math.min(more.step, more.max - done) });
    for (const [k, pass] of passes.entries()) {
      if (k > 0 && pass.reps !== undefined && control.settled!(i, records)) break;
      // The call path's cost is a job-wide figure: the first few timed tests' empty programs give it.
      const empty = timed && k === 0 && records.filter((r) => r.emptyNs !== undefined).length < (job.timing!.emptyCalls ?? Infinity) ? 1 : 0;
      const oomBefore = lease.cgroup?.oomKills() ?? 0;
      const cmd: CallCommand & { trace?: boolean } = {
        op: 'call',
        i,
        reps: pass.reps ?? reps,
        ...limits,
        ...(mode === 'count' && t.budget !== undefined ? { budget: toolBudget(job, lease, t.budget) } : {}),
        timed,
        ...(timed ? { empty } : {}),
        // Alternate rounds start with the reference: each is a fresh call process, whose first runner is slower.
        ...(timed === 2 && k % 2 === 1 ? { flip: 1 as const } : {}),
        // A memory pass of warmed tests is warmed too: see runMemoryPass.
        ...((timed || mode === 'memory') && t.warm !== undefined ? { warm: t.warm } : {}),
        ...(pass.trace !== undefined ? { trace: pass.trace } : {}),
      };
      const runners = (pass.reps ?? reps) * (timed === 2 ? 2 : 1) + empty;
      const ev = await lease.supervisor.call(cmd, callDeadlineMs(limits, runners));
      const stop = await this.judge(job, control, lease, mode, i, rec, ev, pass.trace, oomBefore);
      if (stop) return stop;
    }
    return false;
  }

  /**
   * Untimed tests with the same limits, in one call process (one fresh runner each, as in
   * runTest): each still judged in order, the first that does not pass ends the job.
   */
  private async runBatch(job: HarnessJob, control: RunControl, lease: Lease, first: number, batch: number, records: TestRecord[]): Promise<{ stop: boolean | 'lost' | 'meter'; at: number }> {
    const limits = callLimits(control.callLimitMs(first));
    const oomBefore = lease.cgroup?.oomKills() ?? 0;
    const cmd: CallCommand = { op: 'call', i: first, reps: 1, ...limits, timed: 0, batch };
    const events = await lease.supervisor.calls(cmd, callDeadlineMs(limits, batch));
    if ('ev' in events) return { stop: await this.judge(job, control, lease, 'native', first, records[first]!, events, undefined, oomBefore), at: first };
    for (const [k, ev] of events.entries()) {
      const stop = await this.judge(job, control, lease, 'native', first + k, records[first + k]!, ev, undefined, oomBefore);
      if (stop) return { stop, at: first + k };
    }
    return { stop: false, at: first };
  }

  private async judge(
    job: HarnessJob,
    control: RunControl,
    lease: Lease,
    mode: SupervisorMode,
    i: number,
    rec: TestRecord,
    ev: CallEvent | Lost,
    trace: boolean | undefined,
    oomBefore: number,
  ): Promise<boolean | 'lost' | 'meter'> {
    const fail = (status: TestRecord['status'], message: string) => {
      rec.status = status;
      rec.message = message;
      return true;
    };
    switch (ev.ev) {
      case 'lost':
        rec.message = `${LOST}: ${ev.why}`;
        return 'lost';
      case 'timeout':
        return fail('timeout', `stopped past the ${ev.limit === 'cpu' ? 'CPU-time' : 'wall-clock'} limit${ev.cpu_ns !== null ? ` after ${(ev.cpu_ns / 1e6).toFixed(1)} ms of CPU` : ''}`);
      case 'died': {
        // Only the kernel's own record makes a kill a memory limit: a runner that kills itself
        // must not buy the pass credit a censored level keeps.
        if (lease.cgroup && lease.cgroup.oomKills() > oomBefore) return fail('memory_limit', `killed by the kernel at the sandbox's memory limit`);
        // The counting tool ends a runner that escapes its count, or whose count passes the
        // call's budget (its censoring limit), and says which in its line.
        const ended = mode === 'count' && ev.pid !== undefined ? readToolEnd(lease.dumps, ev.pid) : undefined;
        if (ended === 'over') {
          rec.overBudget = true;
          return fail('timeout', `stopped past its instruction budget (${job.tests[i]!.budget} instructions)`);
        }
        if (ended) return fail('crashed', ended);
        return fail('crashed', `the process ended (${ev.signal !== undefined ? `signal ${ev.signal}` : `exit code ${ev.code}`}) during this test`);
      }
      case 'failed':
        if (ev.error.type === 'MeterError') {
          rec.message = ev.error.message;
          return 'meter';
        }
        if (ev.error.type === 'MemoryError' || ev.error.type === 'OutputLimit') return fail('memory_limit', `${ev.error.type}: ${ev.error.message}`);
        return fail('error', `${ev.error.type}: ${ev.error.message}`);
      case 'result': {
        const payload = parseOutput(ev.output);
        if (!payload) return fail('crashed', 'the runner sent a malformed result');
        let output: Wire | string;
        try {
          output = job.kind === 'stdio' ? String(payload.value) : job.language !== 'python' && job.returns ? fromJsValue(payload.value as JsWire, job.returns) : (payload.value as Wire);
        } catch (e) {
          return fail('wrong_answer', `the result has no value of the declared type: ${(e as Error).message}`);
        }
        // A problem's own Python checker judges in a sandbox of its own; else the typed comparison.
        const t = job.tests[i]!;
        const difference =
          job.checker !== undefined && t.expected !== undefined && job.kind === 'function'
            ? await this.checker.check({ checker: job.checker, args: t.args ?? [], expected: t.expected, output: output as Wire })
            : ((await control.verify?.(i, output)) ?? null);
        if (difference !== null) return fail('wrong_answer', difference);
        if (!ev.same) return fail('inconsistent', 'repeated calls on the same input returned different outputs');
        if (rec.output !== undefined && JSON.stringify(rec.output) !== JSON.stringify(output))
          return fail('inconsistent', `the ${mode === 'memory' ? 'two memory calls' : 'rounds of timed calls'} returned different outputs`);
        rec.output = output;
        rec.status = 'passed';
        if (mode === 'native') {
          // A later round of pairs (sequential timing) adds to the first's values.
          const round = rec.samples !== undefined;
          if (!round) rec.firstNs = ev.cpu_ns[0];
          if (job.tests[i]!.time && job.timing) {
            rec.samples = [...(rec.samples ?? []), ...ev.cpu_ns];
            rec.batch = 1;
            if (ev.empty_ns !== undefined && !round) rec.emptyNs = ev.empty_ns;
            if (ev.setup_ns?.length === ev.cpu_ns.length && (!round || rec.setupNs)) rec.setupNs = [...(rec.setupNs ?? []), ...ev.setup_ns];
            if (job.pairSource !== undefined) {
              // The reference is Brisk's code: a paired run that does not repeat is the meter's fault.
              if (!ev.pair_ns || ev.pair_ns.length !== ev.cpu_ns.length || ev.pair_same === false) {
                rec.message = 'the paired reference did not repeat its output';
                return 'meter';
              }
              rec.pairSamples = [...(rec.pairSamples ?? []), ...ev.pair_ns];
              if (ev.pair_setup_ns?.length === ev.pair_ns.length && (!round || rec.pairSetupNs)) rec.pairSetupNs = [...(rec.pairSetupNs ?? []), ...ev.pair_setup_ns];
            }
          }
        }
        if (mode === 'count') {
          const n = readRunnerCount(lease.dumps, ev.pid, ev.output.length);
          if (typeof n === 'string') return fail('crashed', n);
          // The empty call's cost (fork, set-up, finish) is not the candidate's.
          const base = baselineOf(job, lease);
          rec.instructions = Math.max(0, n.instructions - base.instructions);
          if (job.mode === 'cycles') rec.cycles = Math.max(0, n.cycles - base.cycles);
        }
        if (mode === 'perf') {
          if (ev.instructions === undefined || ev.instructions < 0) return fail('crashed', 'the perf counter could not be read');
          rec.instructions = ev.instructions;
        }
        if (mode === 'memory') {
          const memory = rec.memory ?? { peakBytes: 0 };
          if (trace) memory.peakBytes = payload.peak ?? 0;
          else if (ev.rss !== undefined) memory.rssPeakBytes = ev.rss;
          rec.memory = memory;
        }
        return false;
      }
    }
  }
}

/**
 * How many tests from i on one call process may run: consecutive untimed native Python tests
 * (correctness calls) with the same limits and no censoring stop, so each gets exactly what it
 * would alone. A call process costs about 1.3 ms besides its runners. Counted, memory and timed
 * calls stay one test each: there the call process's state before a runner is part of what is
 * measured. (node's supervisor serves one test a call.)
 */
export function batchFrom(job: HarnessJob, control: Pick<RunControl, 'callLimitMs'>, mode: string, i: number, count: number): number {
  if (mode !== 'native' || job.language !== 'python') return 1;
  const plain = (j: number) => timingOf(job, mode, j) === 0 && job.tests[j]!.censorNs === undefined && control.callLimitMs(j) === control.callLimitMs(i);
  let n = 0;
  while (i + n < count && n < MAX_BATCH && plain(i + n)) n++;
  return Math.max(1, n);
}
const MAX_BATCH = 16;

/** Whether test i is timed in this pass: 0 not, 1 timed, 2 timed in pairs with the reference. */
function timingOf(job: HarnessJob, mode: string, i: number): 0 | 1 | 2 {
  if (mode !== 'native' || !job.tests[i]!.time || !job.timing) return 0;
  return job.pairSource !== undefined ? 2 : 1;
}

/**
 * A call's limits. Censoring and limits are CPU time of the runner, read by the supervisor: load
 * cannot move them. The wall-clock backstop is generous, for sleeps and stuck processes.
 */
function callLimits(limitMs: number, censorNs?: number): { cpu_limit_ns: number; wall_limit_ms: number } {
  return { cpu_limit_ns: Math.round(censorNs ?? limitMs * 1e6), wall_limit_ms: Math.round(Math.max(5_000, limitMs * 4 + 2_000)) };
}

/** How long the host waits for a call of `runners` runners: the call process extends a starved runner's wall time up to 20 windows. */
function callDeadlineMs(limits: { wall_limit_ms: number }, runners: number): number {
  return 20 * limits.wall_limit_ms * runners + 30_000;
}

/** The empty call's count, which every counted call of this job includes. */
function baselineOf(job: HarnessJob, lease: Lease): RunnerCount {
  return preloadsThreading(job) && lease.threadingBaseline ? lease.threadingBaseline : lease.baseline;
}

/**
 * The tool counts the whole runner, the empty call's share too, so a budget on the candidate's
 * own count is raised by the baseline. Cycles are censored on estimated cycles, never below the
 * instructions: the baseline's cycles keep an instruction budget from ending a runner whose
 * cycles are within the limit.
 */
function toolBudget(job: HarnessJob, lease: Lease, budget: number): number {
  const base = baselineOf(job, lease);
  return Math.min(NO_BUDGET, budget + (job.mode === 'cycles' ? base.cycles : base.instructions));
}
