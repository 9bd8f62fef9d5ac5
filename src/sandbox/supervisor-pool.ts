// I/O shell: the sandboxed supervisors of one Brisk process, kept for reuse. One supervisor
// serves one job at a time; its start-up (seconds under valgrind) is paid once per pool slot,
// not per sample. Each has its own uid, cgroup, dump folder and private /tmp.
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCgroup, type Cgroup } from './cgroup.ts';
import { sandboxArgv, UidPool, type Isolation } from './command.ts';
import type { Interpreter } from './interpreter.ts';
import { harnessStage, nodeAddon, pythonExtension } from './stage.ts';
import { Supervisor } from './supervisor.ts';
import { COUNT_TOOL, countToolLib } from './count-tool.ts';
import { readRunnerCount, type RunnerCount } from './count-file.ts';
import type { HarnessJob } from './executor.ts';

export type Family = 'python' | 'javascript';

export interface PoolKey {
  family: Family;
  /** Under the counting tool or native. */
  counted: boolean;
  /** Counting with the cycles meter's cache model. */
  cacheSim?: boolean;
  /** node's heap limit, MiB (fixed at start-up, so part of the key). */
  heapMb?: number;
}

export interface Lease {
  supervisor: Supervisor;
  /** Host path of the folder the runners' count files land in. */
  dumps: string;
  cgroup?: Cgroup;
  /**
   * Counting: the cost of a call that runs no candidate code (fork, the runner's set-up and
   * lock-down, finish), measured once at start-up and subtracted from every count.
   */
  baseline: RunnerCount;
  /** Python: the same with threading preloaded (its at-fork hook runs in the count). */
  threadingBaseline?: RunnerCount;
}

/** The empty call counted to calibrate the baseline: the same for every run. */
export const EMPTY_CALL = {
  python: 'def f(*args):\n    return None\n',
  javascript: "'use strict';\nfunction f() {\n  return null;\n}\n",
};

/**
 * Whether a Python job gets threading preloaded: only when its code names it, since the
 * module's at-fork hook costs every runner (supervisor.py). The same in every mode, so
 * `'threading' in sys.modules` cannot tell one pass from another; a counted runner counts from
 * its fork, hook included, so such a job subtracts `Lease.threadingBaseline`.
 */
export function preloadsThreading(job: Pick<HarnessJob, 'language' | 'source' | 'pairSource'>): boolean {
  return job.language === 'python' && [job.source, job.pairSource].some((s) => s?.includes('threading'));
}

/**
 * node flags: one thread (fork needs it) and, when counting, V8's deterministic baseline tier,
 * compiled eagerly (--no-lazy): every function, the harness's and the candidate's, gets its
 * bytecode and baseline code before any fork, as Python's compile() does, instead of in each
 * call process and runner under valgrind (an empty counted call 103 -> 73 ms, and its count
 * 1.5e6 -> 1.4e5 instructions: a runner no longer compiles what it calls).
 */
export function nodeFlags(counted: boolean, stageDir: string, dumps: string, heapMb = 2048): string[] {
  return [
    `--max-old-space-size=${heapMb}`,
    '--single-threaded',
    '--v8-pool-size=0',
    '--no-expose-wasm',
    '--disallow-code-generation-from-strings',
    // Memory V8's heap statistics never see: a SharedArrayBuffer's store, and what a resizable
    // ArrayBuffer grows by after its creation (both read as 0 of 9.6 MB held).
    '--no-harmony-sharedarraybuffer',
    '--no-harmony-rab-gsab',
    '--experimental-permission',
    `--allow-fs-read=${stageDir}/*`,
    `--allow-fs-read=${dumps}/*`,
    // A program may read its input as /dev/stdin; it is the runner's own memfd.
    '--allow-fs-read=/dev/stdin',
    '--allow-addons',
    '--no-warnings',
    '--stack-size=4000',
    ...(counted ? ['--predictable', '--predictable-gc-schedule', '--no-opt', '--no-maglev', '--always-sparkplug', '--no-lazy'] : []),
  ];
}

export class SupervisorPool {
  /** Each counted supervisor's start-up under valgrind, calibration included: for `npm run bench:sample`. */
  readonly startups: { key: string; wallMs: number; cpuMs?: number }[] = [];
  private readonly idle = new Map<string, Lease[]>();
  private readonly uids = new UidPool();

  constructor(
    private readonly isolation: Isolation,
    private readonly python: Interpreter,
    private readonly node: Interpreter,
    /** Memory over all of a sandbox's processes and its /tmp, bytes (cgroup where available). */
    private readonly sandboxMemory: (counted: boolean) => number,
  ) {}

  async acquire(key: PoolKey): Promise<Lease> {
    const list = this.idle.get(keyOf(key)) ?? [];
    for (let lease = list.pop(); lease; lease = list.pop()) if (lease.supervisor.alive) return lease;
    return this.start(key);
  }

  release(key: PoolKey, lease: Lease): void {
    if (!lease.supervisor.alive) return;
    // Every dump of the job was read and removed; anything left was planted by a candidate
    // (a FIFO named like a later runner's dump would block valgrind's write, and that runner).
    for (const name of readdirSync(lease.dumps)) rmSync(path.join(lease.dumps, name), { recursive: true, force: true });
    const k = keyOf(key);
    this.idle.set(k, [...(this.idle.get(k) ?? []), lease]);
  }

  closeAll(): void {
    for (const list of this.idle.values()) for (const l of list) l.supervisor.kill('pool closed');
    this.idle.clear();
  }

  private async start(key: PoolKey): Promise<Lease> {
    const stage = harnessStage();
    const uid = this.uids.acquire();
    const dumps = mkdtempSync(path.join(os.tmpdir(), 'brisk-dumps-'));
    if (this.isolation.dropToNobody) chownSync(dumps, uid, uid);
    const cgroup = this.isolation.cgroups ? createCgroup(`brisk-${process.pid}-${uid}`, { memoryBytes: this.sandboxMemory(key.counted), pids: 64 }) : undefined;
    const js = key.family === 'javascript';
    const program = js
      ? [this.node.path, ...nodeFlags(key.counted, stage.dir, dumps, key.heapMb), stage.jsSupervisor, await nodeAddon()]
      : [this.python.path, '-P', '-s', '-S', '-B', stage.pythonSupervisor, ...(key.counted ? ['--warm'] : [])];
    if (!js) await pythonExtension(this.python);
    // Address-space randomisation off when counting: where mmap puts an arena decides how many
    // of Python's 16 KiB pools fit in it, which moved counts by a few instructions per call
    // between supervisors (the calibrated empty call varied by hundreds; now it does not).
    // The counting tool (count-tool.ts) counts a runner's threads too for Python; node's new
    // threads are V8's helpers, not the candidate's work (workers are refused). Python has no
    // JIT, so code run from memory no file backs is an escape (ctypes, an RWX page).
    const counting = key.counted
      ? [
          'setarch',
          '-R',
          'valgrind',
          `--tool=${COUNT_TOOL}`,
          `--count-new-threads=${js ? 'no' : 'yes'}`,
          `--file-code-only=${js ? 'no' : 'yes'}`,
          '--max-threads=70',
          '--vex-iropt-register-updates=sp-at-mem-access',
          '--vgdb=no',
          // Blocks end at every jump (no chasing into the target): translating is most of a short
          // counted call (each call process and runner translates its code anew), and shorter
          // blocks translate faster; a plain Python loop ran 7% faster too. A count's fixed part
          // moves with this setting (22 instructions in the count-tool probe), so it stays fixed.
          '--vex-guest-chase=no',
          `--cache-sim=${key.cacheSim ? 'yes' : 'no'}`,
          `--count-out=${dumps}/count`,
        ]
      : [];
    const argv = [...counting, ...program];
    const valgrindLib: Record<string, string> = key.counted ? { VALGRIND_LIB: await countToolLib() } : {};
    const full = sandboxArgv({
      isolation: this.isolation,
      uid,
      cgroup: cgroup?.procsFiles,
      limits: {
        // A per-process cap is no cap over forks: the cgroup is the real limit where it exists.
        cpuSeconds: 24 * 3600,
        fileSizeBytes: 256 * 2 ** 20,
        processes: 64,
        tmpBytes: 64 * 2 ** 20,
      },
      readOnly: [stage.dir],
      writable: [dumps],
      // No PYTHONPATH: supervisor.py loads its modules by path (see there).
      env: { PYTHONHASHSEED: '0', PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', ...valgrindLib },
      argv,
    });
    const supervisor = new Supervisor({
      argv: full,
      startupMs: key.counted ? (js ? 240_000 : 120_000) : 30_000,
      cpuNs: () => cgroup?.cpuNs(),
      cleanup: () => {
        this.uids.release(uid);
        rmSync(dumps, { recursive: true, force: true });
        cgroup?.remove();
      },
    });
    const began = Date.now();
    const lease: Lease = { supervisor, dumps, cgroup, baseline: { instructions: 0, cycles: 0 } };
    // A native zygote starts in well under a second, inside its first job; a counted one is
    // measured here, with the calibration.
    if (key.counted) {
      lease.baseline = await calibrate(lease, key.family, false);
      if (key.family === 'python') lease.threadingBaseline = await calibrate(lease, key.family, true);
      const cpu = cgroup?.cpuNs();
      this.startups.push({ key: keyOf(key), wallMs: Date.now() - began, ...(cpu !== undefined ? { cpuMs: cpu / 1e6 } : {}) });
    }
    return lease;
  }
}

/** Counts the empty call; a supervisor that cannot is ended (and the job gets its error). */
async function calibrate(lease: Lease, family: Family, threading: boolean): Promise<RunnerCount> {
  const header = { kind: 'function' as const, entry: 'f', source: EMPTY_CALL[family], mode: 'count' as const, tests: [{ args: [[]] }] };
  const start = await lease.supervisor.startJob(threading ? { ...header, preload_threading: true } : header);
  if (start.ev !== 'ready') throw new Error(`calibrating the ${family} supervisor failed: ${start.ev === 'lost' ? start.why : start.message}`);
  const ev = await lease.supervisor.call({ op: 'call', i: 0, wall_limit_ms: 120_000 }, 600_000);
  await lease.supervisor.endJob();
  const n = ev.ev === 'result' ? readRunnerCount(lease.dumps, ev.pid, ev.output.length) : `the empty call ended with ${ev.ev}`;
  if (typeof n === 'string') {
    lease.supervisor.kill(n);
    throw new Error(`calibrating the ${family} supervisor failed: ${n}`);
  }
  return n;
}

function keyOf(k: PoolKey): string {
  return `${k.family}:${k.counted ? (k.cacheSim ? 'cycles' : 'counted') : 'native'}:${k.heapMb ?? ''}`;
}
