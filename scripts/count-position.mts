// `node --import tsx scripts/count-position.mts [ids] [rounds]`: counts the Python references of the
// given problems again and again in one counted supervisor and prints each round's per-test
// counts: a count that moves between rounds depends on what the supervisor ran before.
import { DEFAULT_CONFIG, type EvalConfig } from '../src/evaluate/config.ts';
import { measureReference } from '../src/evaluate/reference.ts';
import { InstructionMeter } from '../src/measure/meter.ts';
import { bundled, realExecutor } from '../test/support/real.ts';

const ids = (process.argv[2] ?? 'dedupe-preserve-order,dijkstra-shortest-paths').split(',');
const rounds = Number(process.argv[3] ?? 4);
const ex = await realExecutor();
const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', memory: false, jobs: 1 };
for (let r = 0; r < rounds; r++) {
  for (const id of ids) {
    const problem = await bundled(id);
    const ref = await measureReference({ executor: ex, meter: new InstructionMeter(), cfg }, problem);
    console.log(`round ${r} ${id}: ${[...ref.refCost.values()].join(' ')}`);
  }
}
ex.close();
