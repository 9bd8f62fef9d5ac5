// I/O shell of line counting: runs the in-sandbox tracer (src/harness/python/line_trace.py or
// js/line_trace.cjs) in the same sandbox as candidates (sandboxArgv), with a wall-clock kill
// per test from the host, and checks every event it sends. Profiling is not scoring: this runs
// outside every counted or timed pass, and whatever a candidate does to it ends in a message.
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { z } from 'zod';
import type { Wire } from '../problem/codec.ts';
import { PACKAGE_ROOT } from '../problem/load.ts';
import { sandboxArgv, UidPool, type Isolation } from '../sandbox/command.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import { nodeInterpreter, type Interpreter } from '../sandbox/interpreter.ts';
import { makeScratch } from '../sandbox/stage.ts';
import { jsProbes } from './js-probes.ts';

export interface TraceRequest {
  language: CandidateLanguage;
  kind: 'function' | 'stdio';
  entry?: string;
  /** The user's source; `prelude` (an imported prompt) runs before it, its lines not counted. */
  source: string;
  prelude?: string;
  tests: { args?: Wire[]; stdin?: string }[];
  /** Python: the test on which bytecode instructions per line are counted too. */
  opcodesOf?: number;
  /** Wall-clock limit of test i's traced call, ms. */
  limitMs: (i: number) => number;
  memoryBytes: number;
}

export interface TraceResult {
  /** Per test, a prefix of the request's tests: [line of the user's source, count], sorted. */
  counts: [number, number][][];
  /** Python, with `opcodesOf`: [line, bytecode instructions executed on it] on that test. */
  opcodes?: [number, number][];
  /** Why tracing stopped before the last test, and at which test (index into the request's). */
  failure?: string;
  failedTest?: number;
}

/** Counts line executions of one source over tests; a mock implements it in unit tests. */
export interface LineTracer {
  trace(req: TraceRequest): Promise<TraceResult>;
}

const STARTUP_MS = 20_000;
const MAX_LINE_BYTES = 16 * 2 ** 20;
const Pairs = z.array(z.tuple([z.number().int().min(1), z.number().int().min(1)])).max(1_000_000);
const Event = z.discriminatedUnion('ev', [
  z.object({ ev: z.literal('begin'), i: z.number().int() }),
  z.object({ ev: z.literal('lines'), i: z.number().int(), counts: Pairs, opcodes: Pairs.optional() }),
  z.object({ ev: z.literal('error'), i: z.number().int(), type: z.string(), message: z.string() }),
  z.object({ ev: z.enum(['compile_error', 'tracer_error']), message: z.string() }),
  z.object({ ev: z.literal('done') }),
]);

const TRACERS = ['python/line_trace.py', 'python/supervisor_wire.py', 'js/line_trace.cjs', 'js/wire.cjs'];
let stageDir: string | undefined;

/** A world-readable copy of the tracers (candidates run as another uid), named by content. */
function tracerStage(): string {
  if (stageDir) return stageDir;
  const h = createHash('sha256');
  for (const f of TRACERS) h.update(f).update(readFileSync(path.join(PACKAGE_ROOT, 'src', 'harness', f)));
  const dir = path.join(os.tmpdir(), `brisk-lines-${h.digest('hex').slice(0, 16)}`);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chmodSync(dir, 0o755);
  for (const f of TRACERS) {
    const target = path.join(dir, path.basename(f));
    if (existsSync(target)) continue;
    const tmp = `${target}.${process.pid}.tmp`;
    copyFileSync(path.join(PACKAGE_ROOT, 'src', 'harness', f), tmp);
    chmodSync(tmp, 0o644);
    renameSync(tmp, target);
  }
  stageDir = dir;
  return dir;
}

export class SandboxLineTracer implements LineTracer {
  private readonly uids = new UidPool();

  constructor(
    private readonly isolation: Isolation,
    private readonly python: Interpreter,
    private readonly node: Interpreter = nodeInterpreter(),
  ) {}

  async trace(req: TraceRequest): Promise<TraceResult> {
    const js = req.language !== 'python';
    const stage = tracerStage();
    let payload: Record<string, unknown>;
    // Python line n of the run source is line n - lineShift of the user's.
    let lineShift = 0;
    if (js) {
      const t = jsProbes(req.source, req.language === 'typescript' ? 'typescript' : 'javascript');
      if (!t.ok) return { counts: [], failure: `compile error: ${t.message}` };
      payload = { source: t.value.code, probes: t.value.probes, functions: t.value.functions };
    } else {
      lineShift = req.prelude ? req.prelude.split('\n').length : 0;
      payload = { source: req.prelude ? `${req.prelude}\n${req.source}` : req.source };
    }
    const heapMb = Math.max(64, Math.floor(req.memoryBytes / 2 ** 20));
    const program = js
      ? [this.node.path, '--stack-size=4000', `--max-old-space-size=${heapMb}`, path.join(stage, 'line_trace.cjs')]
      : [this.python.path, '-P', '-s', '-S', '-B', path.join(stage, 'line_trace.py')];
    const budgetMs = req.tests.reduce((s, _, i) => s + req.limitMs(i), STARTUP_MS);
    const scratch = makeScratch();
    const uid = this.uids.acquire();
    try {
      const argv = sandboxArgv({
        isolation: this.isolation,
        uid,
        limits: {
          addressSpaceBytes: js ? undefined : req.memoryBytes,
          dataBytes: js ? req.memoryBytes + 512 * 2 ** 20 : undefined,
          cpuSeconds: Math.ceil(budgetMs / 1000) + 60,
          fileSizeBytes: 64 * 2 ** 20,
          processes: 64,
        },
        readOnly: [stage],
        writable: [scratch.dir],
        env: { PYTHONHASHSEED: '0', PYTHONPATH: stage, BRISK_SCRATCH: this.isolation.bubblewrap ? '/tmp' : scratch.dir, PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' },
        argv: program,
      });
      const job = JSON.stringify({ ...payload, kind: req.kind, entry: req.entry, opcodes_of: req.opcodesOf, tests: req.tests.map((t) => ({ args: t.args, stdin: t.stdin })) });
      const result = await drive(argv, job, req);
      const shift = (c: [number, number][]) => c.flatMap(([l, n]) => (l > lineShift ? [[l - lineShift, n] as [number, number]] : []));
      result.counts = result.counts.map(shift);
      if (result.opcodes) result.opcodes = shift(result.opcodes);
      return result;
    } finally {
      this.uids.release(uid);
      scratch.remove();
    }
  }
}

async function drive(argv: string[], job: string, req: TraceRequest): Promise<TraceResult> {
  const counts: [number, number][][] = [];
  let opcodes: [number, number][] | undefined;
  let failure: string | undefined;
  let current = -1;
  let done = false;
  let killedFor: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  const child = execa(argv[0]!, argv.slice(1), { input: job, stdout: 'pipe', stderr: 'ignore', buffer: false, reject: false, detached: true, cleanup: true });
  const stop = (why: string) => {
    killedFor ??= why;
    clearTimeout(timer);
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  };
  const arm = (ms: number, why: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => stop(why), Math.max(1, Math.ceil(ms)));
  };
  arm(STARTUP_MS, 'the tracer did not start within 20 s (module-level code of the candidate?)');
  const onEvent = (line: string) => {
    let parsed: z.infer<typeof Event>;
    try {
      parsed = Event.parse(JSON.parse(line));
    } catch {
      return stop(`the tracer sent something it should not have (${JSON.stringify(line.slice(0, 80))}): did the candidate write to its output?`);
    }
    const ev = parsed;
    if (ev.ev === 'begin' && ev.i === counts.length && current < 0) {
      current = ev.i;
      arm(req.limitMs(ev.i), `traced call past its limit of ${(req.limitMs(ev.i) / 1000).toFixed(0)} s`);
    } else if (ev.ev === 'lines' && ev.i === current) {
      counts.push(ev.counts as [number, number][]);
      if (ev.opcodes) opcodes = ev.opcodes as [number, number][];
      current = -1;
      clearTimeout(timer);
    } else if (ev.ev === 'error' && ev.i === current) {
      failure = `${ev.type}: ${ev.message}`;
      stop('error');
    } else if (ev.ev === 'compile_error' || ev.ev === 'tracer_error') {
      failure = ev.ev === 'compile_error' ? `compile error: ${ev.message}` : `tracer fault: ${ev.message}`;
      stop('error');
    } else if (ev.ev === 'done' && current < 0 && counts.length === req.tests.length) {
      done = true;
      clearTimeout(timer);
    } else {
      stop(`the tracer sent an event out of order (${JSON.stringify(line.slice(0, 80))}): did the candidate write to its output?`);
    }
  };
  let pending = '';
  child.stdout!.on('data', (b: Buffer) => {
    pending += b.toString('utf8');
    if (pending.length > MAX_LINE_BYTES) return stop('the tracer sent an oversized line');
    for (let nl = pending.indexOf('\n'); nl >= 0 && killedFor === undefined; nl = pending.indexOf('\n')) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (line.trim() !== '') onEvent(line);
    }
  });
  const result = await child;
  clearTimeout(timer);
  const extra = { ...(opcodes ? { opcodes } : {}), ...(current >= 0 ? { failedTest: current } : {}) };
  if (done) return { counts, ...extra };
  if (failure) return { counts, failure, ...extra };
  if (killedFor) return { counts, failure: killedFor, ...extra };
  const how = result.signal ?? `exit code ${result.exitCode}`;
  return { counts, failure: `the process ended (${how})${current >= 0 ? ' during a traced call: the candidate ended the process, crashed or hit a limit' : ' before it finished'}`, ...extra };
}
