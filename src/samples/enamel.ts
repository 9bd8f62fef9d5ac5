// ENAMEL's sample files: a JSON list with one list of code strings per dataset row (164 for
// HumanEval), or an object {"<row index>": [code, ...]}. Rows map to problem ids through the
// imported suite's suite.json; rows the suite does not hold are reported in one line.
import type { Entrant, Sample } from '../evaluate/run.ts';
import type { SamplesLoad } from './task-id.ts';

export type EnamelSamples = unknown[] | Record<string, unknown>;

/** The parsed file when it has ENAMEL's shape (a JSON list, or an object keyed by row numbers); else undefined. */
export function parseEnamelSamples(text: string): EnamelSamples | undefined {
  const head = text.trimStart()[0];
  if (head !== '[' && head !== '{') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined; // JSONL (several objects) or broken: the JSONL reader reports it line by line
  }
  if (Array.isArray(json)) return json;
  if (json !== null && typeof json === 'object') {
    const keys = Object.keys(json);
    if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) return json as Record<string, unknown>;
  }
  return undefined;
}

export function readEnamelSamples(file: string, data: EnamelSamples, knownIds: ReadonlySet<string>, indexIds: readonly (string | null)[] | undefined, name: string): SamplesLoad {
  if (!indexIds) {
    throw new Error(`${file}: ENAMEL-format samples (a list of code lists by row) need a suite imported with \`npx brisk import enamel\` (its suite.json maps rows to problems); give --suite`);
  }
  const entries: [number, unknown][] = Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.entries(data).map(([k, v]) => [Number(k), v]);
  const samples = new Map<string, Sample[]>();
  const errors: string[] = [];
  const outside: number[] = [];
  for (const [row, codes] of entries) {
    const where = `${file}[${row}]`;
    const id = indexIds[row];
    if (id === undefined || id === null || !knownIds.has(id)) {
      if (Array.isArray(codes) && codes.length > 0) outside.push(row);
      continue;
    }
    if (!Array.isArray(codes)) {
      errors.push(`${where}: expected a list of code strings, got ${codes === null ? 'null' : typeof codes}; row skipped`);
      continue;
    }
    const list: Sample[] = [];
    codes.forEach((code, j) => {
      // ENAMEL runs what it is given; a missing sample (null) fails, as it would there.
      if (typeof code !== 'string') errors.push(`${where}[${j}]: not a string (${code === null ? 'null' : typeof code}); it counts as a failed sample`);
      list.push({ source: typeof code === 'string' ? code : '', origin: `${where}[${j}]`, language: 'python' });
    });
    samples.set(id, list);
  }
  if (outside.length > 0) {
    errors.push(`${file}: samples for ${outside.length} row(s) the suite does not hold were ignored (rows ${outside.join(', ')})`);
  }
  const entrant: Entrant = { name, samples };
  return { entrant, problems: [...samples.keys()], errors };
}
