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

/**
 * The counted instructions in a count line, or why they cannot stand: the runner ran code
 * after its finish(), made a client request or ran code from memory no file backs (each a way
 * to switch counting off or escape it), or the line is not the tool's.
 */
export function parseCountLine(text: string, pid: number, frameBytes: number): number | string {
  const m = /^brisk-count pid=(\d+) counted=(\d+) tail=(\d+) requests=(\d+) foreign=(\d+) stopped=([01])\n$/.exec(text);
  if (!m) return 'the count file is malformed';
  const [pidText, counted, tail, requests, foreign, stopped] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (pidText !== pid) return `the count file names process ${pidText}, not ${pid}`;
  if (stopped !== 1) return 'the runner ended without finishing its call';
  if (requests > 0) return `the runner made ${requests} valgrind client request(s) while counted (a way to switch counting off)`;
  if (foreign > 0) return `the runner ran code from memory no file backs ${foreign} time(s) while counted (injected code)`;
  const cap = tailCap(frameBytes);
  if (tail > cap) return `the runner ran ${tail} instructions after its finish() (at most ${cap} for a ${frameBytes}-byte result)`;
  return counted;
}

/**
 * The instruction count of one runner, from `count.<pid>`, opened without following links or
 * blocking on FIFOs, a regular file only, size-capped, removed once read. A message instead
 * when it is missing or does not stand.
 */
export function readRunnerCount(dir: string, pid: number, frameBytes: number): number | string {
  const file = path.join(dir, `count.${pid}`);
  let text: string;
  try {
    const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const st = fstatSync(fd);
      if (!st.isFile() || st.size > FILE_CAP) return `the count file of ${pid} is not a regular file of at most ${FILE_CAP} bytes`;
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
    unlinkSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no count for this call' : `the count file of ${pid} could not be read (${code ?? e})`;
  }
  return parseCountLine(text, pid, frameBytes);
}
