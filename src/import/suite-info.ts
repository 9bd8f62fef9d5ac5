// suite.json: what an imported suite says about its origin, and how the origin's task ids and
// sample-file indices map to its problem ids (samples name problems the origin's way).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { zodMessage } from '../problem/load.ts';

export const SUITE_FILE = 'suite.json';

const SuiteInfoSchema = z.object({
  source: z.string(),
  checkout: z.string().optional(),
  datasetSha256: z.string().optional(),
  /** e.g. `HumanEval/0` -> `humaneval-0`. */
  taskIds: z.record(z.string(), z.string()),
  /** Row index in the origin's sample files -> problem id (null: the row was not imported). */
  indexIds: z.array(z.string().nullable()),
});
export type SuiteInfo = z.infer<typeof SuiteInfoSchema>;

/** undefined for a suite with no suite.json (the bundled one, or one written by hand). */
export function readSuiteInfo(suiteDir: string): SuiteInfo | undefined {
  const file = path.join(suiteDir, SUITE_FILE);
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = SuiteInfoSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${zodMessage(parsed.error)}`);
  return parsed.data;
}
