// Reads one runner's count, written by the counting tool (src/harness/c/brisk_count_tool.c)
// inside the sandbox: nothing in it is trusted beyond what this parser checks.
import { closeSync, constants, fstatSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';

const FILE_CAP = 4096;
/**
 * Instructions a runner may run after its finish(): sending its frame and exiting (~2,300
 * measured), and for Python encoding the result in C: up to ~240 per byte of the frame measured
 * on the suite (glibc's snprintf per small int), more for a float's shortest repr or a long int's
 * decimal digits (quadratic). Only a candidate that jumps into the harness's own stop early
 * (machine code of its own, or control of the interpreter's memory) can move work here; it
 * gains at most this.
 */
export function tailCap(frameBytes: number): number {
  return 500_000 + 2_000 * frameBytes;
}

const FIELDS = ['pid', 'counted', 'tail', 'requests', 'foreign', 'tamper', 'daccess', 'l1miss', 'llmiss', 'stopped', 'over'] as const;
type CountFields = Record<(typeof FIELDS)[number], number>;
const LINE = /^brisk-count pid=(\d+) counted=(\d+) tail=(\d+) requests=(\d+) foreign=(\d+) tamper=([012]) daccess=(\d+) l1miss=(\d+) llmiss=(\d+) stopped=([01]) over=([01])\n$/;

/** One runner's counted cost: its instructions, and its estimated cycles when the cache was modelled. */
export interface RunnerCount {
  instructions: number;
  /** L1 hits + 5 x LL hits + 35 x RAM accesses (brisk_cache_model.h); 0 accesses when not modelled. */
  cycles: number;
}

/**
 * Estimated cycles from the counts: accesses are the instructions fetched plus the data
 * accesses; L1 hits + 5 x LL hits + 35 x RAM = accesses + 4 x L1 misses + 30 x LL misses.
 */
export function estimatedCycles(instructions: number, dataAccesses: number, l1Misses: number, llMisses: number): number {
  return instructions + dataAccesses + 4 * l1Misses + 30 * llMisses;
}

/** The line's fields, or why it is not this runner's line. */
function fieldsOf(text: string, pid: number): CountFields | string {
  const m = LINE.exec(text);
  if (!m) return 'the count file is malformed';
  const f = Object.fromEntries(FIELDS.map((name, i) => [name, Number(m[i + 1])])) as CountFields;
  return f.pid === pid ? f : `the count file names process ${f.pid}, not ${pid}`;
}

/** Why a count line's runner escaped its count (the tool ends such a runner at once), if it did. */
function escapeIn(f: CountFields): string | undefined {
  if (f.tamper === 1) return "the runner wrote valgrind's memory, where its count is kept (stopped there)";
  if (f.tamper === 2) return "valgrind's memory grew outside the ranges its stores are checked against; the count cannot stand";
  if (f.requests > 0) return `the runner made ${f.requests} valgrind client request(s) while counted (a way to switch counting off; stopped there)`;
  if (f.foreign > 0) return `the runner ran code from memory no file backs ${f.foreign} time(s) while counted (injected code)`;
  return undefined;
}

/**
 * The counted instructions in a count line, or why they cannot stand: the runner wrote
 * valgrind's memory, made a client request or ran code from memory no file backs (each a way
 * to switch counting off or escape it), ran code after its finish(), did not finish, or the
 * line is not the tool's.
 */
export function parseCountLine(text: string, pid: number, frameBytes: number): RunnerCount | string {
  const f = fieldsOf(text, pid);
  if (typeof f === 'string') return f;
  const escaped = escapeIn(f);
  if (escaped) return escaped;
  if (f.over === 1) return 'the runner passed its instruction budget';
  if (f.stopped !== 1) return 'the runner ended without finishing its call';
  const cap = tailCap(frameBytes);
  if (f.tail > cap) return `the runner ran ${f.tail} instructions after its finish() (at most ${cap} for a ${frameBytes}-byte result)`;
  return { instructions: f.counted, cycles: estimatedCycles(f.counted, f.daccess, f.l1miss, f.llmiss) };
}

/**
 * Opens `count.<pid>` without following links or blocking on FIFOs, a regular file only,
 * size-capped, and removes it once read; a message instead when it is missing or odd.
 */
function readCountFile(dir: string, pid: number): { text: string } | { error: string } {
  const file = path.join(dir, `count.${pid}`);
  try {
    const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    let text: string;
    try {
      const st = fstatSync(fd);
      if (!st.isFile() || st.size > FILE_CAP) return { error: `the count file of ${pid} is not a regular file of at most ${FILE_CAP} bytes` };
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
    unlinkSync(file);
    return { text };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no count for this call' : `the count file of ${pid} could not be read (${code ?? e})` };
  }
}

/** The count of one runner, from its count file, or why there is none that stands. */
export function readRunnerCount(dir: string, pid: number, frameBytes: number): RunnerCount | string {
  const read = readCountFile(dir, pid);
  return 'error' in read ? read.error : parseCountLine(read.text, pid, frameBytes);
}

/**
 * For a runner that died: why the tool ended it, when it did: an escape (its message), or
 * 'over' when its count passed the call's budget (its censoring limit).
 */
export function readToolEnd(dir: string, pid: number): string | 'over' | undefined {
  const read = readCountFile(dir, pid);
  if ('error' in read) return undefined;
  const f = fieldsOf(read.text, pid);
  if (typeof f === 'string') return undefined;
  return escapeIn(f) ?? (f.over === 1 ? 'over' : undefined);
}
