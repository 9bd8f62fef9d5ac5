// Experiment behind the memory meter's integral: valgrind massif with an instruction clock
// against the proxy peak x instructions, on the largest scored test of a few problems (Python
// tiers). Prints figures; decides nothing by itself (docs/measurement.md, "Memory-time integral", gives the choice and why).
// Usage: node --import tsx scripts/massif-vs-proxy.mts [problem:tier ...]
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { DEFAULT_CONFIG } from '../src/evaluate/config.ts';
import { buildTests } from '../src/problem/inputs.ts';
import { loadProblem, PACKAGE_ROOT } from '../src/problem/load.ts';

const DRIVER = `
import json, os, sys
def decode(w):
    if isinstance(w, list):
        return [decode(x) for x in w]
    if isinstance(w, dict):
        if "$int" in w: return int(w["$int"])
        if "$float" in w: return float(w["$float"])
        if "$tuple" in w: return tuple(decode(x) for x in w["$tuple"])
        if "$set" in w: return set(decode(x) for x in w["$set"])
        if "$dict" in w: return {decode(k): decode(v) for k, v in w["$dict"]}
    return w
d = json.load(open(sys.argv[1]))
ns = {"__name__": "candidate"}
exec(compile(d["source"], "<candidate>", "exec"), ns)
args = [decode(a) for a in d["args"]]
fn = ns[d["entry"]]
if os.environ.get("TRACE") == "1":
    import tracemalloc
    tracemalloc.start()
    fn(*args)
    print(tracemalloc.get_traced_memory()[1])
elif os.environ.get("CALL") == "1":
    result = fn(*args)
os._exit(0)
`;

interface Snapshot {
  t: number;
  heap: number;
}

function parseMassif(text: string): Snapshot[] {
  const out: Snapshot[] = [];
  let t = 0;
  for (const line of text.split('\n')) {
    const time = /^time=(\d+)/.exec(line);
    if (time) t = Number(time[1]);
    const heap = /^mem_heap_B=(\d+)/.exec(line);
    if (heap) out.push({ t, heap: Number(heap[1]) });
  }
  return out.sort((a, b) => a.t - b.t);
}

/** Integral over [from, to] of the heap above its level at `from` (a step function), byte x instructions. */
function windowIntegral(s: Snapshot[], from: number, to: number): { integral: number; peak: number } {
  const base = [...s].reverse().find((x) => x.t <= from)?.heap ?? 0;
  let integral = 0;
  let peak = 0;
  for (let k = 0; k < s.length; k++) {
    const lo = Math.max(from, s[k]!.t);
    const hi = Math.min(to, s[k + 1]?.t ?? to);
    if (hi <= lo) continue;
    integral += (s[k]!.heap - base) * (hi - lo);
    peak = Math.max(peak, s[k]!.heap - base);
  }
  return { integral, peak };
}

async function massif(dir: string, input: string, call: boolean): Promise<Snapshot[]> {
  const out = path.join(dir, `massif.${call ? 'call' : 'base'}`);
  await execa('valgrind', ['--tool=massif', '--time-unit=i', '--max-snapshots=1000', '--depth=1', `--massif-out-file=${out}`, '/usr/bin/python3', '-S', path.join(dir, 'driver.py'), input], {
    env: { PYTHONMALLOC: 'malloc', PYTHONHASHSEED: '0', CALL: call ? '1' : '0' },
  });
  return parseMassif(readFileSync(out, 'utf8'));
}

const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['count-primes:naive', 'count-primes:expert', 'pair-sum-count:expert', 'edit-distance:expert'];
const rows = [];
for (const target of targets) {
  const [id, tier] = target.split(':') as [string, string];
  const problem = await loadProblem(PACKAGE_ROOT, id);
  const tests = buildTests(problem.spec, DEFAULT_CONFIG.suiteSeed);
  const test = tests.filter((t) => t.level > 0).at(-1)!;
  const file = problem.references.python!.find((r) => r.tier === tier)!.file;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-massif-'));
  writeFileSync(path.join(dir, 'driver.py'), DRIVER);
  const input = path.join(dir, 'input.json');
  const entry = problem.spec.kind === 'function' ? problem.spec.entry.python : undefined;
  writeFileSync(input, JSON.stringify({ source: readFileSync(file, 'utf8'), entry, args: test.args }));
  // The run without the call ends where the call would start (os._exit right after either).
  const [base, call] = [await massif(dir, input, false), await massif(dir, input, true)];
  const start = base.at(-1)!.t;
  const end = call.at(-1)!.t;
  const instructions = end - start;
  const { integral: exact, peak: peakMassif } = windowIntegral(call, start, end);
  const snapshots = call.filter((x) => x.t >= start).length;
  const traced = await execa('/usr/bin/python3', ['-S', path.join(dir, 'driver.py'), input], { env: { PYTHONHASHSEED: '0', TRACE: '1' } });
  const peakTracemalloc = Number(traced.stdout.trim());
  rows.push({
    target: `${id} ${tier} ${test.id}`,
    instructions,
    snapshots,
    'massif peak B': peakMassif,
    'tracemalloc peak B': peakTracemalloc,
    'massif integral B*i': exact.toExponential(3),
    'proxy peak*i': (peakTracemalloc * instructions).toExponential(3),
    'proxy/massif': ((peakTracemalloc * instructions) / exact).toFixed(2),
  });
}
console.table(rows);
