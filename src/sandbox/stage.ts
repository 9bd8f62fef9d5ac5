// I/O shell: a world-readable staging folder holding the harness files and the compiled
// counter helpers (candidates run as uid 65534, which cannot read /root), plus per-run scratch.
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { PACKAGE_ROOT } from '../problem/load.ts';

const HARNESS_DIR = path.join(PACKAGE_ROOT, 'src', 'harness');
/** Staged beside the JS harness, which times calls with it (the sandbox cannot see node_modules). */
const TINYBENCH = { from: fileURLToPath(import.meta.resolve('tinybench')), to: 'tinybench.mjs' };
const STAGED = ['python/harness.py', 'js/harness.cjs', 'c/brisk_callgrind.c', 'c/brisk_callgrind_node.c', 'c/brisk_perf.c', 'c/brisk_perf_node.c'];

export interface Stage {
  dir: string;
  /** Digest of the staged harness files: part of every measurement's identity. */
  harnessVersion: string;
  pythonHarness: string;
  jsHarness: string;
}

let stage: Stage | undefined;

export function harnessStage(): Stage {
  if (stage) return stage;
  const h = createHash('sha256');
  for (const f of STAGED) h.update(f).update(readFileSync(path.join(HARNESS_DIR, f)));
  h.update(TINYBENCH.to).update(readFileSync(TINYBENCH.from));
  const harnessVersion = h.digest('hex').slice(0, 16);
  const dir = path.join(os.tmpdir(), `brisk-stage-${harnessVersion}`);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chmodSync(dir, 0o755);
  for (const f of STAGED) {
    const target = path.join(dir, path.basename(f));
    if (!existsSync(target)) copyAtomically(path.join(HARNESS_DIR, f), target);
  }
  const bench = path.join(dir, TINYBENCH.to);
  if (!existsSync(bench)) copyAtomically(TINYBENCH.from, bench);
  stage = { dir, harnessVersion, pythonHarness: path.join(dir, 'harness.py'), jsHarness: path.join(dir, 'harness.cjs') };
  return stage;
}

function copyAtomically(from: string, to: string): void {
  const tmp = `${to}.${process.pid}.tmp`;
  copyFileSync(from, tmp);
  chmodSync(tmp, 0o644);
  renameSync(tmp, to);
}

const helpers = new Map<string, Promise<string>>();

/** Which in-process counter a helper drives: callgrind client requests or perf_event_open. */
export type HelperKind = 'callgrind' | 'perf';

/**
 * Builds a counter helper with gcc on first use; cached in the stage: `python` gives a plain
 * shared library for ctypes, `javascript` an N-API addon for node.
 */
export function counterHelper(kind: HelperKind, language: 'python' | 'javascript'): Promise<string> {
  const key = `${kind}:${language}`;
  let built = helpers.get(key);
  if (!built) {
    built = buildHelper(kind, language);
    helpers.set(key, built);
  }
  return built;
}

export function callgrindHelper(language: 'python' | 'javascript'): Promise<string> {
  return counterHelper('callgrind', language);
}

async function buildHelper(kind: HelperKind, language: 'python' | 'javascript'): Promise<string> {
  const s = harnessStage();
  const [source, target, extra] =
    language === 'python'
      ? [`brisk_${kind}.c`, `libbrisk_${kind}.so`, []]
      : [`brisk_${kind}_node.c`, `brisk_${kind}.node`, ['-I/usr/include/node', `-I${path.join(path.dirname(process.execPath), '..', 'include', 'node')}`]];
  const out = path.join(s.dir, target);
  if (existsSync(out)) return out;
  const tmp = `${out}.${process.pid}.tmp`;
  const r = await execa('gcc', ['-O2', '-shared', '-fPIC', ...extra, '-o', tmp, path.join(s.dir, source)], { reject: false });
  if (r.exitCode !== 0) {
    const needs = kind === 'callgrind' ? '/usr/include/valgrind' : 'linux/perf_event.h';
    throw new Error(`building the ${kind} helper for ${language} failed (needs gcc, ${needs}${language === 'javascript' ? ' and node headers' : ''}): ${r.stderr.split('\n')[0]}`);
  }
  chmodSync(tmp, 0o755);
  renameSync(tmp, out);
  return out;
}

/** A scratch folder the sandboxed process may write (stdio files, callgrind dumps). */
export function makeScratch(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-run-'));
  chmodSync(dir, 0o777);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
