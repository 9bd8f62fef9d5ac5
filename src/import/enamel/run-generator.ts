// I/O shell: runs generate.py for one row in the sandbox (no network, read-only root, a uid of
// its own, limits) and reads back its result. The checkout's helpers travel in the job, so the
// checkout itself need not be readable by the sandbox's uid.
import { chmodSync, copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { sandboxArgv, type Isolation } from '../../sandbox/command.ts';
import type { Interpreter } from '../../sandbox/interpreter.ts';
import { makeScratch } from '../../sandbox/stage.ts';
import { PACKAGE_ROOT } from '../../problem/load.ts';
import type { Generated } from './convert.ts';

// From the source tree even when this module runs from dist/ (the package ships src/ too).
const SCRIPT = path.join(PACKAGE_ROOT, 'src', 'import', 'enamel', 'generate.py');
const ENCODER = path.join(PACKAGE_ROOT, 'src', 'harness', 'python', 'supervisor_wire.py');

export interface GeneratorJob {
  index: number;
  prompt: string;
  generator: string;
  reference: string;
  entry: string;
  /** Exact decimal sizes, any magnitude (generate.py reads them as ints). */
  sizes: string[];
  counts: readonly number[];
  seed: number;
  datautils: string;
}

export interface GeneratorContext {
  isolation: Isolation;
  python: Interpreter;
  /** Wall-clock limit of one row (generation and the expert on every input). */
  timeoutMs: number;
  uid?: number;
}

export async function runGenerator(job: GeneratorJob, ctx: GeneratorContext): Promise<Generated> {
  const scratch = makeScratch();
  try {
    const script = path.join(scratch.dir, 'generate.py');
    copyFileSync(SCRIPT, script);
    chmodSync(script, 0o644);
    const encoder = path.join(scratch.dir, 'supervisor_wire.py');
    copyFileSync(ENCODER, encoder);
    chmodSync(encoder, 0o644);
    const outFile = path.join(scratch.dir, 'out.json');
    const argv = sandboxArgv({
      isolation: ctx.isolation,
      uid: ctx.uid,
      // ENAMEL's own limit is 4 GiB of memory.
      limits: { addressSpaceBytes: 4 * 2 ** 30, cpuSeconds: Math.ceil(ctx.timeoutMs / 1000) + 10, fileSizeBytes: 2 ** 30, processes: 64 },
      readOnly: [],
      writable: [scratch.dir],
      env: { PYTHONHASHSEED: '0', PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' },
      argv: [ctx.python.path, '-P', '-s', '-S', '-B', script, outFile],
    });
    const r = await execa(argv[0]!, argv.slice(1), { input: JSON.stringify(job), reject: false, timeout: ctx.timeoutMs, stdout: 'ignore' });
    if (r.timedOut) return sandboxFailure(`no result within ${ctx.timeoutMs / 1000} s (generator or expert too slow, or stuck)`);
    if (r.exitCode !== 0 || !existsSync(outFile)) {
      const tail =
        String(r.stderr ?? '')
          .trim()
          .split('\n')
          .at(-1) ?? '';
      return sandboxFailure(`exit ${r.signal ?? r.exitCode}: ${tail.slice(0, 300) || '(nothing on stderr)'}`);
    }
    return JSON.parse(readFileSync(outFile, 'utf8')) as Generated;
  } finally {
    scratch.remove();
  }
}

function sandboxFailure(message: string): Generated {
  return { ok: false, stage: 'sandbox', where: '', message };
}
