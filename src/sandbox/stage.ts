// I/O shell: a world-readable staging folder holding the harness files and the compiled
// callgrind helper (candidates run as uid 65534, which cannot read /root), plus per-run scratch.
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { PACKAGE_ROOT } from '../problem/load.ts';

const HARNESS_DIR = path.join(PACKAGE_ROOT, 'src', 'harness');
const STAGED = ['python/harness.py', 'c/brisk_callgrind.c'];

export interface Stage {
  dir: string;
  /** Digest of the staged harness files: part of every measurement's identity. */
  harnessVersion: string;
  pythonHarness: string;
}

let stage: Stage | undefined;

export function harnessStage(): Stage {
  if (stage) return stage;
  const h = createHash('sha256');
  for (const f of STAGED) h.update(f).update(readFileSync(path.join(HARNESS_DIR, f)));
  const harnessVersion = h.digest('hex').slice(0, 16);
  const dir = path.join(os.tmpdir(), `brisk-stage-${harnessVersion}`);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chmodSync(dir, 0o755);
  for (const f of STAGED) {
    const target = path.join(dir, path.basename(f));
    if (!existsSync(target)) copyAtomically(path.join(HARNESS_DIR, f), target);
  }
  stage = { dir, harnessVersion, pythonHarness: path.join(dir, 'harness.py') };
  return stage;
}

function copyAtomically(from: string, to: string): void {
  const tmp = `${to}.${process.pid}.tmp`;
  copyFileSync(from, tmp);
  chmodSync(tmp, 0o644);
  renameSync(tmp, to);
}

let helper: Promise<string> | undefined;

/** Builds the callgrind client-request helper with gcc on first use; cached in the stage. */
export function callgrindHelper(): Promise<string> {
  helper ??= (async () => {
    const s = harnessStage();
    const so = path.join(s.dir, 'libbrisk_callgrind.so');
    if (existsSync(so)) return so;
    const tmp = `${so}.${process.pid}.tmp`;
    const r = await execa('gcc', ['-O2', '-shared', '-fPIC', '-o', tmp, path.join(s.dir, 'brisk_callgrind.c')], {
      reject: false,
    });
    if (r.exitCode !== 0) {
      throw new Error(`building the callgrind helper failed (needs gcc and /usr/include/valgrind): ${r.stderr.split('\n')[0]}`);
    }
    chmodSync(tmp, 0o755);
    renameSync(tmp, so);
    return so;
  })();
  return helper;
}

/** A scratch folder the sandboxed process may write (stdio files, callgrind dumps). */
export function makeScratch(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-run-'));
  chmodSync(dir, 0o777);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
