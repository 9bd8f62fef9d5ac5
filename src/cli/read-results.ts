// A results.json named on the command line, or the run folder that holds it (`report`, `compare`).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import { zodMessage } from '../problem/load.ts';
import { ResultsSchema, type Results } from '../report/schema.ts';

/** Checks the shape but keeps fields this version does not know (they render when it can). */
export function asResults(value: unknown, where: string): Results {
  const parsed = ResultsSchema.safeParse(value);
  if (!parsed.success) throw new Error(`${where}: not a Brisk results.json: ${zodMessage(parsed.error)}`);
  return value as Results;
}

export function readResultsFile(arg: string): Results {
  const st = statSync(arg, { throwIfNoEntry: false });
  if (!st) throw new UsageError(`${arg}: no such file or folder`);
  const file = st.isDirectory() ? path.join(arg, 'results.json') : arg;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${arg}: a folder without results.json (give a run folder or its results.json)`);
    throw new Error(`${file}: cannot read results: ${code ?? (err as Error).message}`);
  }
  return asResults(json, file);
}
