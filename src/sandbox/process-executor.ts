// I/O shell: runs one harness job in a sandboxed process, enforces per-call wall-clock limits
// from the host (a candidate cannot catch a SIGKILL) and turns the event stream into records.
import { createInterface } from 'node:readline';
import { execa } from 'execa';
import type { Wire } from '../problem/codec.ts';
import { readDumps } from '../measure/callgrind.ts';
import { sandboxArgv, UidPool, type Isolation } from './command.ts';
import type { Executor, HarnessJob, RunControl, RunOutcome, TestRecord } from './executor.ts';
import { nodeInterpreter, type Interpreter } from './interpreter.ts';
import { transpileCandidate } from './transpile.ts';
import { peakRssOfTree } from './proc.ts';
import { fromJsValue, type JsWire } from '../problem/codec-js.ts';
import { counterHelper, harnessStage, makeScratch } from './stage.ts';

const STARTUP_LIMIT_MS = { native: 20_000, callgrind: 180_000, perf: 20_000, memory: 20_000 };
const STDERR_TAIL = 4000;

type HarnessEvent =
  | { ev: 'ready' | 'done' }
  | { ev: 'compile_error'; message: string }
  | { ev: 'load_error'; type: string; message: string }
  | { ev: 'harness_error'; message: string }
  | { ev: 'begin'; i: number }
  | { ev: 'counted'; i: number; instructions?: number }
  | { ev: 'rss'; i: number; rss: number }
  | { ev: 'measured'; i: number; peak: number }
  | { ev: 'note' | 'meter_error'; message: string }
  | { ev: 'called'; i: number; ok: true; output: Wire | string; ns: number; cpu_ns: number; verdict?: string | null }
  | { ev: 'called'; i: number; ok: false; error: { type: string; message: string } }
  | { ev: 'timed'; i: number; samples: number[]; batch: number };

export class ProcessExecutor implements Executor {
  private readonly uids = new UidPool();

  constructor(
    private readonly isolation: Isolation,
    private readonly python: Interpreter,
    private readonly node: Interpreter = nodeInterpreter(),
  ) {}

  async run(job: HarnessJob, control: RunControl): Promise<RunOutcome> {
    const started = Date.now();
    const stage = harnessStage();
    const scratch = makeScratch();
    const uid = this.uids.acquire();
    try {
      const js = job.language !== 'python';
      let source = job.source;
      if (js) {
        const t = transpileCandidate(job.source, job.language === 'typescript' ? 'typescript' : 'javascript');
        if (!t.ok) return { status: 'compile_error', message: t.message, tests: job.tests.map(() => ({ status: 'not_run' })), wallMs: 0 };
        source = t.code;
      }
      const counted = job.mode === 'callgrind' || job.mode === 'perf';
      const helper = counted ? await counterHelper(job.mode === 'perf' ? 'perf' : 'callgrind', js ? 'javascript' : 'python') : undefined;
      const heapMb = Math.max(64, Math.floor(control.memoryBytes / 2 ** 20));
      const program = js
        ? // --predictable makes V8 single-threaded (no background JIT/GC threads) so counts repeat.
          [
              this.node.path,
              // --predictable-gc-schedule fixes V8's heap-growing decisions, which otherwise follow
              // measured allocation rates (time): without it, collections landed in some counted
              // calls (+2e6 instructions) and their cost moved ~1e-5 between processes.
              ...(counted ? ['--predictable', '--predictable-gc-schedule', '--no-opt', '--no-maglev', '--always-sparkplug'] : ['--expose-gc']),
              `--max-old-space-size=${heapMb}`,
              '--stack-size=4000',
              stage.jsHarness,
            ]
        : [this.python.path, '-P', '-s', '-S', '-B', stage.pythonHarness];
      const argv =
        job.mode === 'callgrind'
          ? ['valgrind', '--tool=callgrind', '--collect-atstart=no', '--vgdb=no', `--callgrind-out-file=${scratch.dir}/cg.out`, ...program]
          : program;
      const budgetMs = job.tests.reduce((s, _, i) => s + control.callLimitMs(i), 0);
      const full = sandboxArgv({
        isolation: this.isolation,
        uid,
        limits: {
          addressSpaceBytes: job.mode !== 'callgrind' && !js ? control.memoryBytes : undefined,
          dataBytes: job.mode !== 'callgrind' && js ? control.memoryBytes + 512 * 2 ** 20 : undefined,
          cpuSeconds: Math.ceil(budgetMs / 1000) * 4 + 60,
          fileSizeBytes: 256 * 1024 * 1024,
          processes: 256,
        },
        readOnly: [stage.dir],
        writable: [scratch.dir],
        // PYTHONHASHSEED only works without -I/-E, which is why the harness is run with -s -S.
        // Inside bubblewrap /tmp is a private tmpfs: stdio files cost no disk I/O there.
        env: { PYTHONHASHSEED: '0', BRISK_SCRATCH: this.isolation.bubblewrap ? '/tmp' : scratch.dir, PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' },
        argv,
      });
      // Only native Python runs judge outputs; a counted job's payload stays the same for all.
      const checks = job.checker !== undefined && job.mode === 'native' && !js;
      const payload = JSON.stringify({
        kind: job.kind,
        entry: job.entry,
        source,
        mode: job.mode,
        tests: job.tests.map((t) => ({ args: t.args, stdin: t.stdin, time: t.time, censor_ns: t.censorNs, ...(checks && t.expected !== undefined ? { expected: t.expected } : {}) })),
        ...(checks ? { checker: job.checker } : {}),
        helper,
        count_first: String(job.countFirst ?? job.tests.length).padStart(8, '0'),
        timing: job.timing && {
          repetitions: job.timing.repetitions,
          min_batch_ns: job.timing.minBatchNs,
          max_batch: job.timing.maxBatch,
        },
      });
      const outcome = await this.drive(full, payload, job, control);
      if (job.mode === 'callgrind') attachCounts(outcome, readDumps(scratch.dir, 'cg.out'));
      outcome.wallMs = Date.now() - started;
      return outcome;
    } finally {
      this.uids.release(uid);
      scratch.remove();
    }
  }

  private async drive(argv: string[], payload: string, job: HarnessJob, control: RunControl): Promise<RunOutcome> {
    const tests: TestRecord[] = job.tests.map(() => ({ status: 'not_run' }));
    const outcome: RunOutcome = { status: 'completed', tests, wallMs: 0 };
    const child = execa(argv[0]!, argv.slice(1), {
      input: payload,
      stdio: ['pipe', 'ignore', 'pipe', 'pipe'],
      buffer: false,
      reject: false,
      detached: true,
      cleanup: true,
    });
    let stderrTail = '';
    child.stderr?.on('data', (b: Buffer) => {
      stderrTail = (stderrTail + b.toString('utf8')).slice(-STDERR_TAIL);
    });
    let timer: NodeJS.Timeout | undefined;
    let current = -1;
    let killedFor: 'timeout' | 'wrong_answer' | 'startup' | undefined;
    let ready = false;
    let done = false;
    let rssAtKill = 0;
    const rssPeaks: number[] = [];
    const kill = (why: typeof killedFor) => {
      killedFor ??= why;
      // Stopped by the clock while holding over half its memory allowance: a garbage collector
      // thrashing at its heap limit (V8 does, for seconds), not an endless loop.
      if (why === 'timeout' && child.pid) rssAtKill = peakRssOfTree(child.pid);
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const arm = (ms: number, why: 'timeout' | 'startup') => {
      clearTimeout(timer);
      timer = setTimeout(() => kill(why), Math.max(1, Math.ceil(ms)));
    };
    arm(STARTUP_LIMIT_MS[job.mode], 'startup');

    const lines = createInterface({ input: child.stdio[3] as NodeJS.ReadableStream });
    const linesClosed = new Promise<void>((resolve) => lines.once('close', () => resolve()));
    lines.on('line', (line) => {
      let ev: HarnessEvent;
      try {
        ev = JSON.parse(line) as HarnessEvent;
      } catch {
        return;
      }
      switch (ev.ev) {
        case 'ready':
          ready = true;
          clearTimeout(timer);
          break;
        case 'compile_error':
          outcome.status = 'compile_error';
          outcome.message = ev.message;
          break;
        case 'load_error':
          outcome.status = 'load_error';
          outcome.message = `${ev.type}: ${ev.message}`;
          break;
        case 'harness_error':
          outcome.status = 'sandbox_error';
          outcome.message = `harness fault: ${ev.message}`;
          break;
        case 'begin':
          current = ev.i;
          arm(control.callLimitMs(ev.i), 'timeout');
          break;
        case 'called': {
          const rec = tests[ev.i]!;
          if (!ev.ok) {
            clearTimeout(timer);
            rec.status = ev.error.type === 'MemoryError' ? 'memory_limit' : 'error';
            rec.message = `${ev.error.type}: ${ev.error.message}`;
            current = -1;
            kill('wrong_answer');
            break;
          }
          rec.firstNs = ev.ns;
          // JavaScript returns plain JS values; the declared type makes them typed wire values.
          rec.output = job.language !== 'python' && job.kind === 'function' && job.returns ? fromJsValue(ev.output as JsWire, job.returns) : ev.output;
          const censor = job.tests[ev.i]?.censorNs;
          if (censor !== undefined && ev.ns > censor && ev.cpu_ns > censor) {
            clearTimeout(timer);
            rec.status = 'timeout';
            rec.message = `took ${(ev.ns / 1e6).toFixed(2)} ms (${(ev.cpu_ns / 1e6).toFixed(1)} ms of CPU; fastest of 3), past the censoring limit of ${(censor / 1e6).toFixed(2)} ms`;
            current = -1;
            kill('wrong_answer');
            break;
          }
          const judged = job.checker !== undefined && job.mode === 'native' && job.tests[ev.i]?.expected !== undefined;
          const difference = judged
            ? ev.verdict === undefined
              ? 'the harness did not run the problem\'s Python checker'
              : ev.verdict
            : (control.verify?.(ev.i, rec.output) ?? null);
          if (difference !== null) {
            clearTimeout(timer);
            rec.status = 'wrong_answer';
            rec.message = difference;
            current = -1;
            kill('wrong_answer');
            break;
          }
          rec.status = 'passed';
          if (job.tests[ev.i]?.time && job.timing) {
            // Measurement phase: enough for the planned repetitions of warm batches, then some.
            const per = Math.max(job.timing.minBatchNs, ev.ns) / 1e6;
            arm(per * (job.timing.repetitions + 2) * 4 + 2000, 'timeout');
          } else {
            clearTimeout(timer);
            current = -1;
          }
          break;
        }
        case 'timed': {
          clearTimeout(timer);
          const rec = tests[ev.i]!;
          rec.samples = ev.samples;
          rec.batch = ev.batch;
          current = -1;
          break;
        }
        case 'counted':
          clearTimeout(timer);
          tests[ev.i]!.status = 'passed';
          if (typeof ev.instructions === 'number') {
            if (ev.instructions >= 0) tests[ev.i]!.instructions = ev.instructions;
            else Object.assign(tests[ev.i]!, { status: 'crashed', message: 'the perf counter could not be read' });
          }
          current = -1;
          break;
        // Memory mode sweeps the tests twice: RSS peaks first, then allocation peaks.
        case 'rss':
          clearTimeout(timer);
          rssPeaks[ev.i] = ev.rss;
          current = -1;
          break;
        case 'measured': {
          clearTimeout(timer);
          const rec = tests[ev.i]!;
          rec.status = 'passed';
          rec.memory = { peakBytes: ev.peak, ...(rssPeaks[ev.i] === undefined ? {} : { rssPeakBytes: rssPeaks[ev.i] }) };
          current = -1;
          break;
        }
        case 'note':
          outcome.message = outcome.message ? `${outcome.message}; ${ev.message}` : ev.message;
          break;
        case 'meter_error':
          outcome.status = 'sandbox_error';
          outcome.message = ev.message;
          break;
        case 'done':
          done = true;
          clearTimeout(timer);
          break;
      }
    });
    const result = await child;
    await linesClosed;
    clearTimeout(timer);

    if (outcome.status !== 'completed') return outcome;
    if (!ready) {
      if (killedFor === 'startup') {
        outcome.status = 'load_error';
        outcome.message = `module-level code did not finish within ${STARTUP_LIMIT_MS[job.mode] / 1000} s`;
      } else {
        outcome.status = 'sandbox_error';
        const exit = result.signal ?? `exit code ${result.exitCode}`;
        outcome.message = `the sandboxed process ended before the harness started (${exit}): ${lastLine(stderrTail)}`;
      }
      return outcome;
    }
    if (current >= 0) {
      const rec = tests[current]!;
      if (killedFor === 'timeout' && rssAtKill >= 0.5 * control.memoryBytes) {
        rec.status = 'memory_limit';
        rec.message = `stopped at the time limit while using ${Math.round(rssAtKill / 2 ** 20)} MiB, over half the memory limit`;
      } else if (killedFor === 'timeout') {
        rec.status = 'timeout';
        rec.message = `past the time limit${rssAtKill ? ` (${Math.round(rssAtKill / 2 ** 20)} MiB resident)` : ''}`;
      } else if (result.signal === 'SIGXCPU') {
        rec.status = 'timeout';
        rec.message = 'past the CPU-seconds limit';
      } else if (/heap out of memory|Reached heap limit|Allocation failed/i.test(stderrTail)) {
        rec.status = 'memory_limit';
        rec.message = 'out of memory (JavaScript heap limit)';
      } else {
        rec.status = 'crashed';
        rec.message = `process ended (${result.signal ?? `exit code ${result.exitCode}`}) during this test`;
      }
    } else if (!done && killedFor === undefined) {
      outcome.status = 'sandbox_error';
      outcome.message = `the harness ended early (${result.signal ?? `exit code ${result.exitCode}`}): ${lastLine(stderrTail)}`;
    }
    return outcome;
  }
}

function attachCounts(outcome: RunOutcome, counts: Map<number, number>): void {
  outcome.tests.forEach((rec, i) => {
    if (rec.status !== 'passed') return;
    const n = counts.get(i);
    if (n === undefined) {
      rec.status = 'crashed';
      rec.message = 'no callgrind dump for this test';
    } else rec.instructions = n;
  });
}

function lastLine(s: string): string {
  const lines = s.trim().split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 ? lines[lines.length - 1]!.slice(0, 300) : '(nothing on stderr)';
}
