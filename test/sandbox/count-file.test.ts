import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCountLine, readToolEnd, readRunnerCount, tailCap } from '../../src/sandbox/count-file.ts';

type Field = 'pid' | 'counted' | 'tail' | 'requests' | 'foreign' | 'tamper' | 'daccess' | 'l1miss' | 'llmiss' | 'stopped' | 'over';
const line = (set: Partial<Record<Field, number>> = {}) => {
  const v = { pid: 42, counted: 1234, tail: 2300, requests: 0, foreign: 0, tamper: 0, daccess: 0, l1miss: 0, llmiss: 0, stopped: 1, over: 0, ...set };
  return `brisk-count pid=${v.pid} counted=${v.counted} tail=${v.tail} requests=${v.requests} foreign=${v.foreign} tamper=${v.tamper} daccess=${v.daccess} l1miss=${v.l1miss} llmiss=${v.llmiss} stopped=${v.stopped} over=${v.over}\n`;
};

describe('parseCountLine', () => {
  it('gives estimated cycles as L1 hits + 5 x LL hits + 35 x RAM accesses', () => {
    // 1234 fetches + 766 data accesses = 2000 accesses; 100 L1 misses, 10 of them in RAM too:
    // 1900 L1 hits + 5 x 90 LL hits + 35 x 10 = 2700.
    expect(parseCountLine(line({ daccess: 766, l1miss: 100, llmiss: 10 }), 42, 10)).toEqual({ instructions: 1234, cycles: 2700 });
  });
  it('gives the counted instructions of a clean line', () => {
    expect(parseCountLine(line(), 42, 10)).toEqual({ instructions: 1234, cycles: 1234 });
  });
  it('refuses a line of another process, an unfinished runner and a malformed line', () => {
    expect(parseCountLine(line({ pid: 43 }), 42, 10)).toMatch(/names process 43/);
    expect(parseCountLine(line({ stopped: 0 }), 42, 10)).toMatch(/without finishing/);
    expect(parseCountLine(line({ stopped: 0, over: 1 }), 42, 10)).toMatch(/instruction budget/);
    expect(parseCountLine(line().replace('counted=', 'count='), 42, 10)).toMatch(/malformed/);
    expect(parseCountLine(`${line()}x`, 42, 10)).toMatch(/malformed/);
  });
  it('refuses a count that was switched off or escaped', () => {
    expect(parseCountLine(line({ requests: 1 }), 42, 10)).toMatch(/client request/);
    expect(parseCountLine(line({ foreign: 3 }), 42, 10)).toMatch(/no file backs/);
    expect(parseCountLine(line({ tamper: 1 }), 42, 10)).toMatch(/wrote valgrind's memory/);
    expect(parseCountLine(line({ tamper: 2 }), 42, 10)).toMatch(/outside the ranges/);
    expect(parseCountLine(line({ tamper: 3 }), 42, 10)).toMatch(/malformed/);
  });
  it('allows a tail that grows with the result, and no more', () => {
    expect(parseCountLine(line({ tail: tailCap(10) }), 42, 10)).toEqual({ instructions: 1234, cycles: 1234 });
    expect(parseCountLine(line({ tail: tailCap(10) + 1 }), 42, 10)).toMatch(/after its finish/);
    expect(parseCountLine(line({ tail: 900_000 }), 42, 3074)).toEqual({ instructions: 1234, cycles: 1234 });
  });
});

describe('readRunnerCount', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'count-file-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the escape of a runner the tool ended, its budget, and nothing for one that just died', () => {
    writeFileSync(path.join(dir, 'count.42'), line({ tamper: 1, stopped: 0 }));
    expect(readToolEnd(dir, 42)).toMatch(/wrote valgrind's memory/);
    writeFileSync(path.join(dir, 'count.43'), line({ pid: 43, requests: 1, stopped: 0 }));
    expect(readToolEnd(dir, 43)).toMatch(/client request/);
    writeFileSync(path.join(dir, 'count.48'), line({ pid: 48, stopped: 0, over: 1 }));
    expect(readToolEnd(dir, 48)).toBe('over');
    writeFileSync(path.join(dir, 'count.49'), line({ pid: 49, stopped: 0, over: 1, tamper: 1 }));
    expect(readToolEnd(dir, 49)).toMatch(/wrote valgrind's memory/);
    writeFileSync(path.join(dir, 'count.44'), line({ pid: 44, stopped: 0 }));
    expect(readToolEnd(dir, 44)).toBeUndefined();
    writeFileSync(path.join(dir, 'count.45'), line({ pid: 46, tamper: 1 }));
    expect(readToolEnd(dir, 45)).toBeUndefined();
    expect(readToolEnd(dir, 47)).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });
  it('reads and removes the runner own file', () => {
    writeFileSync(path.join(dir, 'count.42'), line());
    expect(readRunnerCount(dir, 42, 10)).toEqual({ instructions: 1234, cycles: 1234 });
    expect(readdirSync(dir)).toEqual([]);
  });
  it('names a missing file, a link and a FIFO without blocking', () => {
    expect(readRunnerCount(dir, 7, 10)).toBe('no count for this call');
    writeFileSync(path.join(dir, 'elsewhere'), line({ pid: 8 }));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'count.8'));
    expect(readRunnerCount(dir, 8, 10)).toMatch(/could not be read \(ELOOP\)/);
    execFileSync('mkfifo', [path.join(dir, 'count.9')]);
    expect(readRunnerCount(dir, 9, 10)).toMatch(/not a regular file/);
  });
});
