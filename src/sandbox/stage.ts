// I/O shell: a world-readable staging folder holding the supervisor files and their compiled
// native parts (candidates run as uid 65534, which cannot read /root), plus per-run scratch.
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { PACKAGE_ROOT } from '../problem/load.ts';
import type { Interpreter } from './interpreter.ts';

const HARNESS_DIR = path.join(PACKAGE_ROOT, 'src', 'harness');
const STAGED = [
  'python/supervisor.py',
  'python/lockdown.py',
  'python/checker.py',
  'python/supervisor_wire.py',
  'python/warm_corpus.py',
  'js/supervisor.cjs',
  'js/wire.cjs',
  'js/inert.cjs',
  'c/runner_core.h',
  'c/py_guard.h',
  'c/brisk_py.c',
  'c/brisk_node.c',
  'c/brisk_count.h',
  'c/brisk_count_tool.c',
  'c/brisk_cache_model.h',
  'c/brisk_tool_guard.h',
  'c/brisk_tool_cache.h',
];

/**
 * Host code that shapes what a supervisor measures without being staged: the call command's
 * wire form (its key order moved a count) and the valgrind and node flags. Part of the
 * measurement's identity, so a results store never mixes counts taken before and after a change.
 */
const HOST_SHAPING = ['src/sandbox/supervisor.ts', 'src/sandbox/supervisor-pool.ts'];

export interface Stage {
  dir: string;
  /** Digest of the staged harness files and the host code that drives them: part of every measurement's identity. */
  harnessVersion: string;
  pythonSupervisor: string;
  jsSupervisor: string;
  pythonChecker: string;
}

let stage: Stage | undefined;

export function harnessStage(): Stage {
  if (stage) return stage;
  const h = createHash('sha256');
  for (const f of STAGED) h.update(f).update(readFileSync(path.join(HARNESS_DIR, f)));
  const staged = h.copy().digest('hex').slice(0, 16);
  for (const f of HOST_SHAPING) h.update(f).update(readFileSync(path.join(PACKAGE_ROOT, f)));
  const harnessVersion = h.digest('hex').slice(0, 16);
  const dir = path.join(os.tmpdir(), `brisk-stage-${staged}`);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chmodSync(dir, 0o755);
  for (const f of STAGED) {
    const target = path.join(dir, path.basename(f));
    if (!existsSync(target)) copyAtomically(path.join(HARNESS_DIR, f), target);
  }
  stage = {
    dir,
    harnessVersion,
    pythonSupervisor: path.join(dir, 'supervisor.py'),
    jsSupervisor: path.join(dir, 'supervisor.cjs'),
    pythonChecker: path.join(dir, 'checker.py'),
  };
  return stage;
}

function copyAtomically(from: string, to: string): void {
  const tmp = `${to}.${process.pid}.tmp`;
  copyFileSync(from, tmp);
  chmodSync(tmp, 0o644);
  renameSync(tmp, to);
}

const built = new Map<string, Promise<string>>();

/** The supervisor's CPython extension `_brisk`, built with gcc on first use, cached in the stage. */
export function pythonExtension(python: Interpreter): Promise<string> {
  return buildOnce('_brisk.so', 'brisk_py.c', async () => {
    const r = await execa(python.path, ['-c', 'import sysconfig; print(sysconfig.get_paths()["include"])'], { reject: false });
    if (r.exitCode !== 0) throw new Error(`${python.path}: cannot find its C headers`);
    return [`-I${r.stdout.trim()}`];
  });
}

/** The node supervisor's N-API addon. */
export function nodeAddon(): Promise<string> {
  return buildOnce('brisk_node.node', 'brisk_node.c', async () => ['-I/usr/include/node', `-I${path.join(path.dirname(process.execPath), '..', 'include', 'node')}`]);
}

function buildOnce(target: string, source: string, flags: () => Promise<string[]>): Promise<string> {
  let p = built.get(target);
  if (!p) {
    p = build(target, source, flags);
    built.set(target, p);
  }
  return p;
}

async function build(target: string, source: string, flags: () => Promise<string[]>): Promise<string> {
  const s = harnessStage();
  const out = path.join(s.dir, target);
  if (existsSync(out)) return out;
  const tmp = `${out}.${process.pid}.tmp`;
  const r = await execa('gcc', ['-O2', '-shared', '-fPIC', ...(await flags()), '-o', tmp, path.join(s.dir, source)], { reject: false });
  if (r.exitCode !== 0) {
    throw new Error(`building ${target} failed (needs gcc, /usr/include/valgrind and the interpreter's headers): ${gccError(r.stderr)}`);
  }
  chmodSync(tmp, 0o755);
  renameSync(tmp, out);
  return out;
}

/** The line of gcc's output that says what went wrong (its first, when none says "error"). */
export function gccError(stderr: string): string {
  const lines = stderr.split('\n');
  return lines.find((l) => /error/.test(l)) ?? lines[0] ?? '';
}

/** A scratch folder the sandboxed process may write (stdio files). */
export function makeScratch(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-run-'));
  chmodSync(dir, 0o777);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
