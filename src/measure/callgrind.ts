// Pure core: reads callgrind dump files written by CALLGRIND_DUMP_STATS_AT("brisk-test-<i>").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The test index and instruction total of one dump, or undefined for dumps that are not ours. */
export function parseDump(text: string): { test: number; instructions: number } | undefined {
  const label = /^desc: Trigger: Client Request: brisk-test-(\d+)\s*$/m.exec(text);
  const total = /^(?:totals|summary): (\d+)/m.exec(text);
  if (!label || !total) return undefined;
  return { test: Number(label[1]), instructions: Number(total[1]) };
}

/** Instruction counts by test index from every dump in `dir` named `<base>.<n>`. */
export function readDumps(dir: string, base: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`${base}.`)) continue;
    const parsed = parseDump(readFileSync(path.join(dir, name), 'utf8'));
    if (parsed) counts.set(parsed.test, parsed.instructions);
  }
  return counts;
}
