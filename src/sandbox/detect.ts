// I/O shell: finds out which isolation tools work on this machine, once per process.
import { execa } from 'execa';
import { cgroupProblem } from './cgroup.ts';
import { NOBODY, type Isolation } from './command.ts';

let cached: Promise<Isolation> | undefined;

export function detectIsolation(): Promise<Isolation> {
  cached ??= probe();
  return cached;
}

async function works(argv: string[]): Promise<boolean> {
  const r = await execa(argv[0]!, argv.slice(1), { reject: false, timeout: 10_000, stdio: 'ignore' });
  return r.exitCode === 0;
}

async function probe(): Promise<Isolation> {
  const notes: string[] = [];
  const isRoot = process.getuid?.() === 0;
  let dropToNobody = false;
  if (isRoot) {
    dropToNobody = await works(['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'true']);
    if (!dropToNobody) notes.push('setpriv failed: candidates run as root, so the process-count limit is not enforced');
  }
  const drop = dropToNobody ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'] : [];
  const bubblewrap = await works([...drop, 'bwrap', '--ro-bind', '/', '/', '--unshare-all', '--die-with-parent', 'true']);
  if (!bubblewrap) {
    notes.push('bubblewrap is missing or cannot create namespaces: falling back to prlimit-only isolation (no network or filesystem isolation); install it with `apt-get install bubblewrap`');
  }
  if (!(await works(['prlimit', '--version']))) {
    throw new Error('prlimit (util-linux) is required to run candidates and was not found');
  }
  const cgroupWhy = isRoot ? cgroupProblem() : 'Brisk is not root, so it cannot create cgroups';
  if (cgroupWhy) notes.push(`${cgroupWhy}: memory is limited per process (rlimits), not over a sandbox's processes together`);
  return { bubblewrap, dropToNobody, cgroups: cgroupWhy === undefined, notes };
}
