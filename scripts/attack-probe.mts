// One candidate file against the hostile set's toy problem (sum of a list), beside the honest
// twin: status, message, score, cost and memory figures of each. For trying an attack before it
// goes into test/hostile/attacks.ts.
// Usage: node --import tsx scripts/attack-probe.mts python|javascript FILE [instructions|time]
// PROBE_SIZE sets the largest level's list length (default 2000; the toy's reference is tiny,
// so an attack's own set-up can outweigh it: 300000 shows a loop gone uncounted).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { evaluateSample } from '../src/evaluate/candidate.ts';
import { measureReference } from '../src/evaluate/reference.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../src/evaluate/config.ts';
import { InstructionMeter, TimeMeter } from '../src/measure/meter.ts';
import { realExecutor } from '../test/support/real.ts';
import { toySpec } from '../test/support/fixtures.ts';
import { parseSignature } from '../src/problem/inputs.ts';
import { HONEST } from '../test/hostile/attacks.ts';
import os from 'node:os';
import path from 'node:path';
const [language, file, meterName = 'instructions'] = process.argv.slice(2) as ['python' | 'javascript', string, string];
const meter = meterName === 'time' ? new TimeMeter() : new InstructionMeter();
const spec = toySpec({
  levels: [
    { name: 'correctness', weight: 0, cases: 1, size: 5 },
    { name: 'small', weight: 3, cases: 1, size: 200 },
    { name: 'large', weight: 4, cases: 1, size: Number(process.env.PROBE_SIZE ?? 2000) },
  ],
});
const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-probe-'));
const refs: Record<string, { tier: string; file: string }[]> = {};
for (const l of ['python', 'javascript'] as const) {
  const ref = path.join(dir, l, l === 'python' ? 'expert.py' : 'expert.js');
  mkdirSync(path.dirname(ref), { recursive: true });
  writeFileSync(ref, HONEST[l]);
  refs[l] = [{ tier: 'expert', file: ref }];
}
const problem = { spec, signature: parseSignature(spec), references: refs } as never;
const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: meter.name, jobs: 1, memoryBytes: 2 ** 30, repetitions: 3 };
const executor = await realExecutor();
const env = { executor, meter, cfg };
const py = await measureReference(env, problem, 'python');
const r = language === 'python' ? py : await measureReference(env, problem, language, py);
for (const src of [HONEST[language], readFileSync(file, 'utf8')]) {
  const t = Date.now();
  const s = await evaluateSample(env, r, src, language);
  console.log(JSON.stringify({ status: s.status, message: s.message, score: s.score, cost: s.totalCost, memory: s.memory, ms: Date.now() - t }));
}
await executor.close();
