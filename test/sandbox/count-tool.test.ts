// The instruction meter's valgrind tool, run directly (no sandbox) on a C probe whose work is
// known to the instruction.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';
import { COUNT_TOOL, countToolLib } from '../../src/sandbox/count-tool.ts';

const x64 = os.arch() === 'x64';
let work: string;
let probe: string;
let cacheProbe: string;
let lib: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'count-tool-'));
  lib = await countToolLib();
  probe = path.join(work, 'probe');
  execFileSync('gcc', ['-O1', `-I${path.join(PACKAGE_ROOT, 'src/harness/c')}`, '-o', probe, path.join(PACKAGE_ROOT, 'test/fixtures/count-tool/probe.c')]);
  cacheProbe = path.join(work, 'cache-probe');
  execFileSync('gcc', ['-O1', `-I${path.join(PACKAGE_ROOT, 'src/harness/c')}`, '-o', cacheProbe, path.join(PACKAGE_ROOT, 'test/fixtures/count-tool/cache-probe.c')]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the probe under the tool; the count lines it left, one per counted process. */
function run(n: number, what = '', fileCodeOnly = false, at?: string): string[] {
  return underTool([`--file-code-only=${fileCodeOnly ? 'yes' : 'no'}`], [probe, String(n), what, ...(at ? [at] : [])]);
}

function underTool(options: string[], program: string[]): string[] {
  const out = mkdtempSync(path.join(work, 'out-'));
  const args = [`--tool=${COUNT_TOOL}`, '-q', ...options, `--count-out=${out}/count`, ...program];
  execFileSync('setarch', ['-R', 'valgrind', ...args], {
    env: { ...process.env, VALGRIND_LIB: lib },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return readdirSync(out).map((f) => readFileSync(path.join(out, f), 'utf8'));
}
/** A symbol's address in the tool (static, so fixed), by its nm type and name, e.g. `b running`. */
function symbol(typeAndName: string): number {
  const symbols = execFileSync('nm', [path.join(lib, `${COUNT_TOOL}-amd64-linux`)], { encoding: 'utf8' });
  const m = new RegExp(`^([0-9a-f]+) ${typeAndName}$`, 'm').exec(symbols);
  if (!m) throw new Error(`no ${typeAndName} in the tool`);
  return Number.parseInt(m[1]!, 16);
}
const field = (lineText: string, name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(lineText)?.[1]);

describe.runIf(x64)('the counting tool', () => {
  it('counts the armed child only, exactly: 2 instructions a round', () => {
    const [a, b] = [run(1000), run(3000)];
    expect(a).toHaveLength(1);
    expect(field(b[0]!, 'counted') - field(a[0]!, 'counted')).toBe(4000);
    expect(field(a[0]!, 'counted')).toBeLessThan(100_000); // the parent's 2e6 are not in it
    expect(field(a[0]!, 'stopped')).toBe(1);
    const noPid = (l: string[]) => l.map((t) => t.replace(/pid=\d+/, ''));
    expect(noPid(run(1000))).toEqual(noPid(a)); // the same count on every run
  });
  it('counts nothing for a fork it was not armed for', () => {
    expect(run(1000, 'unarmed')).toEqual([]);
  });
  it('ends the child once its count passes its budget, whatever it would have run, and only then', () => {
    const file = path.join(work, 'budget');
    const budget = (b: number) => {
      writeFileSync(file, String(b));
      return file;
    };
    const full = run(1000, 'budget', false, budget(1e12))[0]!;
    const n = field(full, 'counted');
    expect(field(full, 'over')).toBe(0);
    const within = run(1000, 'budget', false, budget(n))[0]!;
    expect([field(within, 'counted'), field(within, 'over'), field(within, 'stopped')]).toEqual([n, 0, 1]);
    const past = run(1000, 'budget', false, budget(n - 1))[0]!;
    expect([field(past, 'counted'), field(past, 'over'), field(past, 'stopped')]).toEqual([n, 1, 0]);
    // 2e10 instructions would take minutes: it ends within a time slice of 1e6.
    const endless = run(10_000_000_000, 'budget', false, budget(1e6))[0]!;
    expect(field(endless, 'over')).toBe(1);
    expect(field(endless, 'counted')).toBeGreaterThan(1_000_000);
    expect(field(endless, 'counted')).toBeLessThan(20_000_000);
  });
  it('keeps what runs after the stop apart, as the tail', () => {
    const [plain, after] = [run(1000)[0]!, run(1000, 'after-stop')[0]!];
    expect(field(after, 'counted')).toBe(field(plain, 'counted'));
    // 500,000 rounds, plus the call that runs them.
    expect(field(after, 'tail') - field(plain, 'tail')).toBeGreaterThanOrEqual(1_000_000);
    expect(field(after, 'tail') - field(plain, 'tail')).toBeLessThan(1_000_020);
  });
  it('ends a runner at a CLIENT_CALL (a function run natively, uncounted); notes code from an anonymous page', () => {
    const call = run(1000, 'client-call')[0]!;
    expect(field(call, 'requests')).toBe(1);
    expect(field(call, 'stopped')).toBe(0); // ended before the core ran the function
    expect(field(run(1000)[0]!, 'requests')).toBe(0);
    expect(field(run(1000, 'foreign', true)[0]!, 'foreign')).toBe(1);
    expect(field(run(1000, '', true)[0]!, 'foreign')).toBe(0);
  });
  it('keeps its file out of the child reach: writes to every descriptor change nothing', () => {
    const lines = run(1000, 'scribble');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^brisk-count pid=\d+ counted=\d+ tail=\d+ requests=0 foreign=0 tamper=0 daccess=0 l1miss=0 llmiss=0 stopped=1 over=0\n$/);
    expect(field(lines[0]!, 'pid')).not.toBe(1);
  });
  it("ends a runner that writes valgrind's memory, or has the kernel write it, before the write", () => {
    // The counter itself, from the tool's symbols (a static tool: fixed addresses, ASLR off).
    const counter = `0x${symbol('b running').toString(16)}`;
    for (const attack of ['poke', 'cas', 'fxsave', 'read-into', 'readv-into', 'madvise']) {
      const lines = run(1000, attack, false, counter);
      expect(lines, attack).toHaveLength(1);
      expect(field(lines[0]!, 'tamper'), attack).toBe(1);
      expect(field(lines[0]!, 'stopped'), attack).toBe(0);
    }
    // valgrind's first heap page, at the middle of its 64-bit client space.
    expect(field(run(1000, 'poke', false, '0x1002001000')[0]!, 'tamper')).toBe(1);
  });
  it("lets a runner write its own memory where valgrind's may lie: near the tool image, in the heap's span", () => {
    // Two pages past the tool image, in the image's last 16 MiB granule (checked precisely).
    const end = symbol('B _end');
    const nearImage = (Math.ceil(end / 4096) + 2) * 4096;
    expect(Math.floor(nearImage / 2 ** 24)).toBe(Math.floor(end / 2 ** 24));
    for (const at of [`0x${nearImage.toString(16)}`, '0x1300000000']) {
      const line = run(1000, 'map-near', false, at)[0]!;
      expect(field(line, 'tamper'), at).toBe(0);
      expect(field(line, 'stopped'), at).toBe(1);
    }
  });
  it('models a fixed cache with --cache-sim: equal instructions, misses by the stride, the same every run', () => {
    const sweep = (stride: number) => underTool(['--cache-sim=yes'], [cacheProbe, String(stride)])[0]!;
    const [sequential, strided] = [sweep(1), sweep(16)];
    expect(field(strided, 'counted') / field(sequential, 'counted')).toBeCloseTo(1, 4);
    expect(field(strided, 'daccess')).toBe(field(sequential, 'daccess'));
    // 16 MiB: one miss per 64-byte line in order, one per element (4 MiB of them) at stride 16.
    expect(field(sequential, 'l1miss')).toBeLessThan(300_000);
    expect(field(strided, 'l1miss')).toBeGreaterThan(4_000_000);
    expect(field(strided, 'llmiss')).toBeGreaterThan(4_000_000);
    const noPid = (t: string) => t.replace(/pid=\d+/, '');
    expect(noPid(sweep(16))).toBe(noPid(strided));
    expect(field(underTool([], [cacheProbe, '16'])[0]!, 'daccess')).toBe(0); // off by default
  });
});
