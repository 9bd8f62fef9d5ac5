// Pure core of the sandbox: turns what is available and what is wanted into one argv.
// Layering, outermost first: setpriv (drop root, so RLIMIT_NPROC holds) -> prlimit -> bwrap.

export interface Isolation {
  /** bubblewrap: no network, read-only root, private /tmp, new pid namespace. */
  bubblewrap: boolean;
  /** Run as uid/gid 65534 (only when Brisk itself runs as root). */
  dropToNobody: boolean;
  /** One memory and pids limit over all of a sandbox's processes (a cgroup each). */
  cgroups?: boolean;
  /** Why something is missing, for the results file and stderr. */
  notes: string[];
}

export interface Limits {
  /** RLIMIT_AS; undefined leaves it unlimited (valgrind reserves large mappings). */
  addressSpaceBytes?: number;
  /** RLIMIT_DATA; node reserves address space it never uses, so it is limited by data instead. */
  dataBytes?: number;
  cpuSeconds: number;
  fileSizeBytes: number;
  processes: number;
  /** Size of the sandbox's private /tmp (a tmpfs), bytes. */
  tmpBytes?: number;
}

export interface SandboxSpec {
  isolation: Isolation;
  /** The uid (and gid) the sandbox runs as when Brisk drops root; one per concurrent sandbox. */
  uid?: number;
  limits: Limits;
  /** cgroup.procs files the sandbox enters before anything else runs (needs root). */
  cgroup?: string[];
  /** Host paths visible read-only at the same path inside. */
  readOnly: string[];
  /** Host paths visible writable at the same path inside. */
  writable: string[];
  env: Record<string, string>;
  argv: string[];
}

export const NOBODY = 65534;

/**
 * RLIMIT_NPROC counts every process of a uid, so sandboxes sharing one uid share one limit: a
 * fork bomb in one would starve the others. Each concurrent sandbox gets a uid of its own from
 * this range (no passwd entry is needed); the start is random so two Brisk processes rarely meet.
 */
export class UidPool {
  private readonly inUse = new Set<number>();
  private next: number;
  constructor(
    private readonly base = 61000,
    private readonly size = 4000,
  ) {
    this.next = Math.floor(Math.random() * size);
  }

  acquire(): number {
    for (let k = 0; k < this.size; k++) {
      const uid = this.base + ((this.next + k) % this.size);
      if (!this.inUse.has(uid)) {
        this.inUse.add(uid);
        this.next = (this.next + k + 1) % this.size;
        return uid;
      }
    }
    throw new Error('no free sandbox uid');
  }

  release(uid: number): void {
    this.inUse.delete(uid);
  }
}

export function isolationLabel(iso: Isolation): string {
  const parts = [iso.bubblewrap ? 'bubblewrap' : 'prlimit-only (no bubblewrap)'];
  parts.push(iso.dropToNobody ? 'a uid of its own per sandbox' : 'current uid');
  parts.push(iso.cgroups ? 'a cgroup per sandbox (one memory and pids limit)' : 'per-process rlimits (no cgroup)');
  return parts.join(', ');
}

export function sandboxArgv(spec: SandboxSpec): string[] {
  const { isolation: iso, limits } = spec;
  const out: string[] = [];
  if (spec.cgroup && spec.cgroup.length > 0) {
    // Enter the cgroup as root, then become the sandbox: every later process is inside.
    const enter = spec.cgroup.map((_, k) => `echo $$ > "$${k + 1}"`).join(' && ');
    out.push('sh', '-c', `${enter} && shift ${spec.cgroup.length} && exec "$@"`, 'sh', ...spec.cgroup);
  }
  if (iso.dropToNobody) {
    const uid = spec.uid ?? NOBODY;
    out.push('setpriv', `--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', '--inh-caps=-all');
  }
  out.push(
    'prlimit',
    `--cpu=${limits.cpuSeconds}`,
    `--fsize=${limits.fileSizeBytes}`,
    `--nproc=${limits.processes}`,
    '--core=0',
    `--as=${limits.addressSpaceBytes ?? 'unlimited'}`,
    `--data=${limits.dataBytes ?? 'unlimited'}`,
    '--',
  );
  const envPairs = Object.entries(spec.env).sort(([a], [b]) => (a < b ? -1 : 1));
  if (iso.bubblewrap) {
    // Only the system's programs and libraries, the stage and the scratch folders are visible:
    // not the checkout, the results store, /root or other suites.
    out.push('bwrap', '--ro-bind', '/usr', '/usr');
    for (const link of ['bin', 'lib', 'lib64', 'sbin']) out.push('--symlink', `usr/${link}`, `/${link}`);
    for (const f of ['/etc/ld.so.cache', '/etc/localtime']) out.push('--ro-bind-try', f, f);
    // /dev read-only: its shm folder would keep a candidate's files from call to call (a cache
    // of answers); device nodes stay writable.
    out.push('--dev', '/dev', '--remount-ro', '/dev', '--proc', '/proc');
    if (limits.tmpBytes) out.push('--size', String(limits.tmpBytes));
    out.push('--tmpfs', '/tmp');
    for (const p of spec.readOnly) out.push('--ro-bind', p, p);
    for (const p of spec.writable) out.push('--bind', p, p);
    out.push('--unshare-all', '--die-with-parent', '--new-session', '--chdir', '/tmp', '--clearenv');
    for (const [k, v] of envPairs) out.push('--setenv', k, v);
    out.push('--');
  } else {
    out.push('env', '-i', ...envPairs.map(([k, v]) => `${k}=${v}`));
  }
  out.push(...spec.argv);
  return out;
}
