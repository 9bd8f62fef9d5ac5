// Reads one runner's count, written by the counting tool (src/harness/c/brisk_count_tool.c)
// inside the sandbox: nothing in it is trusted beyond what this parser checks.
import { closeSync, constants, fstatSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';

const FILE_CAP = 4096;
/**
 * Instructions a runner may run after its finish(): sending its frame and exiting (~2,300
 * measured), and for Python encoding the result in C: up to ~240 per byte of the frame measured
 * on the suite (glibc's snprintf per small int), more for a float's shortest repr or a long int's
 * decimal digits (quadratic). Only code that issues valgrind's client requests (machine code of
 * the candidate's own) can stop its count early; such a candidate gains at most this.
 */
export function tailCap(frameBytes: number): number {
  return 500_000 + 2_000 * frameBytes;
}

const LINE = /^brisk-count pid=(\d+) counted=(\d+) tail=(\d+) requests=(\d+) foreign=(\d+) tamper=([012]) daccess=(\d+) l1miss=(\d+) llmiss=(\d+) stopped=([01])\n$/;

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

/** Why a count line's runner escaped its count (the tool ends such a runner at once), if it did. */
function escapeIn(fields: number[]): string | undefined {
  const [, , , requests, foreign, tamper] = fields;
  if (tamper === 1) return "the runner wrote valgrind's memory, where its count is kept (stopped there)";
  if (tamper === 2) return "valgrind's memory grew outside the ranges its stores are checked against; the count cannot stand";
  if (requests! > 0) return `the runner made ${requests} valgrind client request(s) while counted (a way to switch counting off; stopped there)`;
  if (foreign! > 0) return `the runner ran code from memory no file backs ${foreign} time(s) while counted (injected code)`;
  return undefined;
}

/**
 * The counted instructions in a count line, or why they cannot stand: the runner wrote
 * valgrind's memory, made a client request or ran code from memory no file backs (each a way
 * to switch counting off or escape it), ran code after its finish(), did not finish, or the
 * line is not the tool's.
 */
export function parseCountLine(text: string, pid: number, frameBytes: number): RunnerCount | string {
  const m = LINE.exec(text);
  if (!m) return 'the count file is malformed';
  const fields = m.slice(1).map(Number);
  const [pidText, counted, tail, , , , daccess, l1miss, llmiss, stopped] = fields as [number, number, number, number, number, number, number, number, number, number];
  if (pidText !== pid) return `the count file names process ${pidText}, not ${pid}`;
  const escaped = escapeIn(fields);
  if (escaped) return escaped;
  if (stopped !== 1) return 'the runner ended without finishing its call';
  const cap = tailCap(frameBytes);
  if (tail > cap) return `the runner ran ${tail} instructions after its finish() (at most ${cap} for a ${frameBytes}-byte result)`;
  return { instructions: counted, cycles: estimatedCycles(counted, daccess, l1miss, llmiss) };
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

/** For a runner that died: the escape its count line names, when the tool ended it for one. */
export function readEscape(dir: string, pid: number): string | undefined {
  const read = readCountFile(dir, pid);
  if ('error' in read) return undefined;
  const m = LINE.exec(read.text);
  return m && Number(m[1]) === pid ? escapeIn(m.slice(1).map(Number)) : undefined;
}
