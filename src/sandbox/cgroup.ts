// I/O shell: one cgroup per sandbox, so a single memory limit (tmpfs pages included) and a
// single process limit hold over all of its processes together (RLIMIT_AS is per process:
// three forked children of 1 GB each pass a 2 GB rlimit). cgroup v1 (memory + pids
// hierarchies) or v2 (unified); where neither is writable, Brisk says so and uses rlimits.
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = '/sys/fs/cgroup';

export interface Cgroup {
  /** The cgroup.procs files a process writes its pid to, to enter the cgroup. */
  procsFiles: string[];
  /** How many processes the kernel killed for memory in this cgroup so far. */
  oomKills(): number;
  /** CPU time of all the sandbox's processes so far, ns (undefined without a cpu accounting controller). */
  cpuNs(): number | undefined;
  remove(): void;
}

type Layout = 'v1' | 'v2';

function layout(): Layout | undefined {
  if (existsSync(path.join(ROOT, 'memory', 'memory.limit_in_bytes')) || existsSync(path.join(ROOT, 'memory', 'cgroup.procs'))) return 'v1';
  if (existsSync(path.join(ROOT, 'cgroup.controllers'))) return 'v2';
  return undefined;
}

/** Why cgroups cannot be used here, or undefined when they can. */
export function cgroupProblem(): string | undefined {
  const kind = layout();
  if (!kind) return 'no cgroup file system at /sys/fs/cgroup';
  try {
    const probe = createCgroup(`brisk-probe-${process.pid}`, { memoryBytes: 2 ** 30, pids: 16 });
    probe.remove();
    return undefined;
  } catch (e) {
    return `cgroups are not writable here (${(e as Error).message.split('\n')[0]})`;
  }
}

export function createCgroup(name: string, limits: { memoryBytes: number; pids: number }): Cgroup {
  const kind = layout();
  if (kind === 'v1') {
    const mem = path.join(ROOT, 'memory', 'brisk', name);
    const pids = path.join(ROOT, 'pids', 'brisk', name);
    mkdirSync(mem, { recursive: true });
    mkdirSync(pids, { recursive: true });
    writeFileSync(path.join(mem, 'memory.limit_in_bytes'), String(limits.memoryBytes));
    // Memory plus swap, where swap accounting exists: no escape into swap.
    const memsw = path.join(mem, 'memory.memsw.limit_in_bytes');
    if (existsSync(memsw)) writeFileSync(memsw, String(limits.memoryBytes));
    writeFileSync(path.join(pids, 'pids.max'), String(limits.pids));
    // CPU accounting only measures (Brisk's bench breakdown): no limit is set there.
    const acct = path.join(ROOT, 'cpuacct', 'brisk', name);
    const withAcct = existsSync(path.join(ROOT, 'cpuacct', 'cpuacct.usage')) && tryMkdir(acct);
    return {
      procsFiles: [path.join(mem, 'cgroup.procs'), path.join(pids, 'cgroup.procs'), ...(withAcct ? [path.join(acct, 'cgroup.procs')] : [])],
      oomKills: () => counter(path.join(mem, 'memory.oom_control'), 'oom_kill'),
      cpuNs: () => (withAcct ? readNumber(path.join(acct, 'cpuacct.usage')) : undefined),
      remove: () => removeLater(withAcct ? [mem, pids, acct] : [mem, pids]),
    };
  }
  if (kind === 'v2') {
    const dir = path.join(ROOT, 'brisk', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'memory.max'), String(limits.memoryBytes));
    if (existsSync(path.join(dir, 'memory.swap.max'))) writeFileSync(path.join(dir, 'memory.swap.max'), '0');
    writeFileSync(path.join(dir, 'pids.max'), String(limits.pids));
    return {
      procsFiles: [path.join(dir, 'cgroup.procs')],
      oomKills: () => counter(path.join(dir, 'memory.events'), 'oom_kill'),
      cpuNs: () => {
        const us = counter(path.join(dir, 'cpu.stat'), 'usage_usec');
        return existsSync(path.join(dir, 'cpu.stat')) ? us * 1000 : undefined;
      },
      remove: () => removeLater([dir]),
    };
  }
  throw new Error('no cgroup file system');
}

function tryMkdir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    return true;
  } catch {
    return false;
  }
}

function readNumber(file: string): number | undefined {
  try {
    return Number(readFileSync(file, 'utf8').trim());
  } catch {
    return undefined;
  }
}

function counter(file: string, key: string): number {
  try {
    const m = new RegExp(`^${key} (\\d+)`, 'm').exec(readFileSync(file, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** A cgroup can be removed only once its processes are gone; they die asynchronously. */
function removeLater(dirs: string[], tries = 50): void {
  const left = dirs.filter((d) => {
    try {
      rmdirSync(d);
      return false;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code !== 'ENOENT';
    }
  });
  if (left.length > 0 && tries > 0) setTimeout(() => removeLater(left, tries - 1), 100).unref();
}
