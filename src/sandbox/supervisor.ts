// I/O shell: one sandboxed supervisor (a zygote, started once) and the jobs it serves. Every
// line it sends is size-capped and validated (src/harness/protocol.ts), every wait has a
// deadline, and any fault — a malformed line, a death, a deadline — ends this supervisor and
// becomes the status of the job in flight; the pool starts a fresh one.
import type { ChildProcess } from 'node:child_process';
import { execa } from 'execa';
import { COMMAND, LINE_CAP, NO_BUDGET, parseEvent, type CallCommand, type CallEvent, type JobHeader, type SupervisorEvent } from '../harness/protocol.ts';

export type Lost = { ev: 'lost'; why: string };
export type JobStart = { ev: 'ready' } | { ev: 'compile_error'; message: string } | Lost;

const START_MS = 20_000;

export interface SupervisorSpec {
  argv: string[];
  /** Milliseconds the zygote may take to come up (valgrind: minutes for node). */
  startupMs: number;
  /** Called once when the supervisor ends, to release its uid, cgroup and dump folder. */
  cleanup: () => void;
  /**
   * CPU time of the whole sandbox so far, ns, where the cgroup accounts for it. A deadline that
   * passes while the sandbox is still computing is extended (up to 20 times): a loaded machine
   * slows a supervisor down, it does not make it lost.
   */
  cpuNs?: () => number | undefined;
}

/** A sandbox using at least this share of one CPU over a deadline's window is busy, not stuck. */
const BUSY_SHARE = 0.05;
const MAX_WINDOWS = 20;

export class Supervisor {
  private readonly child: ChildProcess;
  private buffer: Buffer[] = [];
  private buffered = 0;
  private readonly queue: SupervisorEvent[] = [];
  private waiter: (() => void) | undefined;
  private deadReason: string | undefined;
  private stderrTail = '';
  private started = false;

  constructor(private readonly spec: SupervisorSpec) {
    const sub = execa(spec.argv[0]!, spec.argv.slice(1), {
      stdio: ['pipe', 'pipe', 'pipe'],
      buffer: false,
      reject: false,
      detached: true,
      cleanup: true,
    });
    this.child = sub as unknown as ChildProcess;
    sub.stdout!.on('data', (b: Buffer) => this.onData(b));
    sub.stderr!.on('data', (b: Buffer) => {
      this.stderrTail = (this.stderrTail + b.toString('utf8')).slice(-4000);
    });
    sub.stdin!.on('error', () => this.fail('the supervisor closed its input'));
    void sub.then((r) => this.fail(`the supervisor ended (${r.signal ?? `exit code ${r.exitCode}`}): ${lastLine(this.stderrTail)}`));
    // An idle supervisor must not keep Brisk alive; bwrap's --die-with-parent ends it with us.
    this.child.unref();
    for (const s of [sub.stdin, sub.stdout, sub.stderr]) (s as unknown as { unref?: () => void } | null)?.unref?.();
  }

  get alive(): boolean {
    return this.deadReason === undefined;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Starts a job; resolves when the job process is ready (or the source does not compile). */
  async startJob(header: JobHeader): Promise<JobStart> {
    if (!this.alive) return { ev: 'lost', why: this.deadReason! };
    // Length first: the job process reads exactly that many bytes into one buffer, so its heap
    // does not depend on how the pipe happened to split the header (which moved counts).
    const body = Buffer.from(headerJson(header), 'utf8');
    this.write(`${COMMAND.job}${body.length}\n`);
    this.writeBytes(body);
    const limit = this.started ? START_MS : this.spec.startupMs;
    for (;;) {
      const ev = await this.next(limit);
      if (ev.ev === 'lost') return ev;
      if (ev.ev === 'job') continue;
      this.started = true;
      if (ev.ev === 'ready') return ev;
      if (ev.ev === 'compile_error') {
        await this.next(START_MS); // job_end
        return ev;
      }
      return this.lose(`unexpected ${ev.ev} while starting a job`);
    }
  }

  /** One call of the current job. */
  async call(cmd: CallCommand, deadlineMs: number): Promise<CallEvent | Lost> {
    const events = await this.calls({ ...cmd, batch: 1 }, deadlineMs);
    return 'ev' in events ? events : events[0]!;
  }

  /**
   * A call of tests cmd.i .. cmd.i + batch - 1: their events in test order, ending at the first
   * that is not a result (the call process stops there) or after the last test.
   */
  async calls(cmd: CallCommand, deadlineMs: number): Promise<CallEvent[] | Lost> {
    if (!this.alive) return { ev: 'lost', why: this.deadReason! };
    const batch = cmd.batch ?? 1;
    this.write(COMMAND.call + wireCommand(cmd) + '\n');
    const events: CallEvent[] = [];
    for (;;) {
      const ev = await this.next(deadlineMs);
      if (ev.ev === 'lost') return ev;
      // The frozen parent reports a fork after the fork returns; the child may speak first.
      if (ev.ev === 'call' || ev.ev === 'job') continue;
      if (ev.ev === 'call_end') {
        const last = events.at(-1);
        // Fewer events than tests only after one that did not return.
        if (!last || (last.ev === 'result' && events.length < batch)) return this.lose(`the call process ended (status ${ev.status}) without a result`);
        return events;
      }
      if (ev.ev === 'harness_error') return this.lose(`harness fault: ${ev.message}`);
      if (ev.ev === 'result' || ev.ev === 'failed' || ev.ev === 'timeout' || ev.ev === 'died') {
        const expected = cmd.i + events.length;
        if (ev.i !== expected || events.length >= batch || (events.length > 0 && events.at(-1)!.ev !== 'result')) {
          return this.lose(`an event for test ${ev.i} answered a call of test ${expected}`);
        }
        events.push(ev);
        continue;
      }
      return this.lose(`unexpected ${ev.ev} during a call`);
    }
  }

  /** Ends the current job; the zygote stays for the next one. */
  async endJob(): Promise<void> {
    if (!this.alive) return;
    this.write(COMMAND.quit);
    for (;;) {
      const ev = await this.next(START_MS);
      if (ev.ev === 'lost' || ev.ev === 'job_end') return;
      if (ev.ev !== 'call_end' && ev.ev !== 'call' && ev.ev !== 'job') {
        this.lose(`unexpected ${ev.ev} while ending a job`);
        return;
      }
    }
  }

  kill(why = 'stopped'): void {
    this.fail(why);
  }

  private lose(why: string): Lost {
    this.fail(`${why}${this.stderrTail.trim() ? ` (supervisor stderr: ${lastLine(this.stderrTail)})` : ''}`);
    return { ev: 'lost', why: this.deadReason ?? why };
  }

  private fail(why: string): void {
    if (this.deadReason !== undefined) return;
    this.deadReason = why;
    try {
      if (this.child.pid) process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      this.child.kill('SIGKILL');
    }
    this.spec.cleanup();
    this.waiter?.();
  }

  private write(s: string): void {
    this.child.stdin?.write(s);
  }

  private writeBytes(b: Buffer): void {
    this.child.stdin?.write(b);
  }

  private onData(b: Buffer): void {
    let start = 0;
    for (let k = b.indexOf(10); k >= 0; k = b.indexOf(10, start)) {
      const line = Buffer.concat([...this.buffer, b.subarray(start, k)]).toString('utf8');
      this.buffer = [];
      this.buffered = 0;
      start = k + 1;
      const ev = parseEvent(line);
      if (!ev) {
        this.fail(`a malformed line from the supervisor: ${JSON.stringify(line.slice(0, 120))}`);
        return;
      }
      this.queue.push(ev);
    }
    if (start < b.length) {
      this.buffer.push(b.subarray(start));
      this.buffered += b.length - start;
      if (this.buffered > LINE_CAP) this.fail(`a line longer than ${LINE_CAP} bytes from the supervisor`);
    }
    this.waiter?.();
  }

  private async next(deadlineMs: number): Promise<SupervisorEvent | Lost> {
    let end = Date.now() + deadlineMs;
    let windows = 1;
    let cpuAtStart = this.spec.cpuNs?.();
    for (;;) {
      const ev = this.queue.shift();
      if (ev) return ev;
      if (!this.alive) return { ev: 'lost', why: this.deadReason! };
      let left = end - Date.now();
      if (left <= 0 && windows < MAX_WINDOWS) {
        const cpu = this.spec.cpuNs?.();
        if (cpu !== undefined && cpuAtStart !== undefined && cpu - cpuAtStart >= BUSY_SHARE * deadlineMs * 1e6) {
          windows++;
          end = Date.now() + deadlineMs;
          cpuAtStart = cpu;
          left = deadlineMs;
        }
      }
      if (left <= 0) return this.lose(`no answer from the supervisor within ${Math.round((deadlineMs * windows) / 1000)} s${windows > 1 ? ' (it stopped using CPU)' : ''}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(t);
          this.waiter = undefined;
          resolve();
        };
      });
    }
  }
}

/**
 * A call command whose bytes have the same length and shape whatever its numbers: the call
 * process parses it before forking the runner, and a heap that differed with the size of a
 * limit would move the runner's instruction count (seen: 0.3% on one expert between runs).
 */
export function wireCommand(cmd: CallCommand & { trace?: boolean }): string {
  const pad = (n: number | undefined) => (n === undefined ? '-'.repeat(WIDTH) : String(Math.max(0, Math.round(n))).padStart(WIDTH, '0'));
  // One key order whatever the command holds: the order shapes the parsed dict, and with it the
  // heap (seen: a budget spread in from the command came before the limits, else after them).
  const { op, i, reps, cpu_limit_ns, wall_limit_ms, timed, empty, flip, warm, budget, batch, trace, ...rest } = cmd;
  if (Object.keys(rest).length > 0) throw new Error(`call command: unknown field(s) ${Object.keys(rest).join(', ')}`);
  return JSON.stringify({
    op,
    i: pad(i),
    reps: pad(reps ?? 1),
    cpu_limit_ns: pad(cpu_limit_ns),
    wall_limit_ms: pad(wall_limit_ms),
    timed: pad(timed ?? 0),
    empty: pad(empty ?? 1),
    flip: pad(flip ?? 0),
    // Always a budget (none: one never reached), so every counted runner is forked alike.
    budget: pad(budget ?? NO_BUDGET),
    batch: pad(batch ?? 1),
    ...(warm !== undefined ? { warm: pad(warm) } : {}),
    ...(trace !== undefined ? { trace } : {}),
  });
}
const WIDTH = 20;

/** Each test's JSON by its argument list: every pass of a problem (native, counted, memory) and every sample share the lists. */
const testJson = new WeakMap<object, string>();

/**
 * JSON.stringify(header), byte for byte (the job process's heap depends on the bytes), with each
 * test's part made once per argument list: ENAMEL's headers hold 1.1 MB of inputs on average,
 * and the host's one thread stringified them anew for every job (0.7 s per 142 headers).
 */
export function headerJson(header: JobHeader): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(header)) {
    if (value === undefined) continue;
    const json = key === 'tests' ? `[${(value as JobHeader['tests']).map(oneTestJson).join(',')}]` : JSON.stringify(value);
    parts.push(`${JSON.stringify(key)}:${json}`);
  }
  return `{${parts.join(',')}}`;
}

function oneTestJson(test: JobHeader['tests'][number]): string {
  const args = test.args;
  if (args === undefined || Object.keys(test).length !== 1) return JSON.stringify(test);
  let json = testJson.get(args);
  if (json === undefined) {
    json = JSON.stringify(test);
    testJson.set(args, json);
  }
  return json;
}

function lastLine(s: string): string {
  const lines = s
    .trim()
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('=='));
  return lines.length > 0 ? lines[lines.length - 1]!.slice(0, 300) : '(nothing on stderr)';
}
