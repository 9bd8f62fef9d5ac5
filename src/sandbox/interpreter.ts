// Which Python runs candidates: a real binary, never a pyenv shim (300 ms a start, unpinned).
import { existsSync, realpathSync } from 'node:fs';
import { execa } from 'execa';

export interface Interpreter {
  language: 'python' | 'javascript';
  path: string;
  version: string;
}

/** Candidates' JavaScript runs on the node that runs Brisk (its real binary, not a wrapper). */
export function nodeInterpreter(): Interpreter {
  return { language: 'javascript', path: realpathSync(process.execPath), version: process.versions.node };
}

let cached: Promise<Interpreter> | undefined;

/** BRISK_PYTHON wins; then Debian's /usr/bin/python3; then whatever `python3` really is. */
export function pythonInterpreter(): Promise<Interpreter> {
  cached ??= (async () => {
    let candidate = process.env.BRISK_PYTHON;
    if (!candidate && existsSync('/usr/bin/python3')) candidate = '/usr/bin/python3';
    if (!candidate) {
      const r = await execa('python3', ['-c', 'import sys; print(sys.executable)'], { reject: false });
      if (r.exitCode !== 0) throw new Error('no python3 found: install it or set BRISK_PYTHON');
      candidate = r.stdout.trim();
    }
    const real = realpathSync(candidate);
    const r = await execa(real, ['-c', 'import platform; print(platform.python_version())'], { reject: false });
    if (r.exitCode !== 0) throw new Error(`${real}: cannot run this Python (BRISK_PYTHON?)`);
    return { language: 'python', path: real, version: r.stdout.trim() };
  })();
  return cached;
}
