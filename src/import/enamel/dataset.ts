// Pure: reads ENAMEL's dataset/enamel.csv (quoted multi-line Python fields) and the PROBLEMSET of
// its enam/__init__.py into typed rows.
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export const COLUMNS = ['task_id', 'prompt', 'input_generator', 'input_levels', 'reference_solution', 'checker', 'entry_point'] as const;

/** ENAMEL's exclusions from HumanEval's 164 (its PROBLEMSET), used when the checkout has no enam/__init__.py. */
export const DEFAULT_EXCLUDED = [2, 23, 41, 45, 53, 60, 71, 92, 97, 99, 102, 123, 124, 135, 137, 138, 144, 148, 156, 157, 159, 160];
export const DEFAULT_ROWS = 164;

const Row = z.object(Object.fromEntries(COLUMNS.map((c) => [c, z.string()])) as Record<(typeof COLUMNS)[number], z.ZodString>);
export type EnamelRow = z.infer<typeof Row> & { index: number };

export function parseDataset(text: string, file: string): EnamelRow[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: false }) as Record<string, string>[];
  } catch (err) {
    throw new Error(`${file}: not a CSV file ENAMEL would read: ${(err as Error).message}`);
  }
  const header = Object.keys(records[0] ?? {});
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (records.length === 0 || missing.length > 0) {
    throw new Error(`${file}: ${records.length === 0 ? 'no rows' : `missing column(s) ${missing.join(', ')}`} (ENAMEL's columns: ${COLUMNS.join(', ')})`);
  }
  return records.map((r, index) => ({ ...Row.parse(r), index }));
}

/**
 * The row indices ENAMEL evaluates, from `PROBLEMSET = sorted(set(range(N)) - {...})` in its
 * enam/__init__.py; undefined when the file does not say it in that form.
 */
export function parseProblemSet(initPy: string): number[] | undefined {
  const m = /PROBLEMSET\s*=\s*sorted\(\s*set\(\s*range\(\s*(\d+)\s*\)\s*\)\s*-\s*\{([\d\s,]*)\}\s*\)/.exec(initPy);
  if (!m) return undefined;
  const excluded = new Set(
    m[2]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map(Number),
  );
  return Array.from({ length: Number(m[1]) }, (_, i) => i).filter((i) => !excluded.has(i));
}

export function defaultProblemSet(): number[] {
  const excluded = new Set(DEFAULT_EXCLUDED);
  return Array.from({ length: DEFAULT_ROWS }, (_, i) => i).filter((i) => !excluded.has(i));
}

/** `HumanEval/12` -> `humaneval-12`: a kebab-case Brisk problem id. */
export function problemIdOf(taskId: string): string {
  return taskId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** ENAMEL's plain checker (type and value equal), whitespace aside, maps to the typed comparison. */
export function isPlainChecker(source: string): boolean {
  const norm = source.replace(/#[^\n]*/g, '').replace(/\s+/g, '');
  return norm === 'def__check(input,answer,output):returntype(output)==type(answer)andoutput==answer';
}

/**
 * The four level sizes as exact decimal strings: a size may pass 2^53 (HumanEval/75's largest
 * is 10^18), and the generator gets it as the exact Python int.
 */
export function parseLevels(text: string): [string, string, string, string] | undefined {
  const parts = text
    .trim()
    .split(/\s+/)
    .map((p) => p.replace(/^0+(?=\d)/, ''));
  return parts.length === 4 && parts.every((p) => /^\d+$/.test(p)) ? (parts as [string, string, string, string]) : undefined;
}
