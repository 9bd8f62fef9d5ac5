// `brisk import enamel`: an ENAMEL checkout -> a Brisk suite folder (problems with frozen
// inputs, the expert tier, checkers), plus suite.json (task id and index maps for samples)
// and import-report.json (what was imported, skipped and why).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { writeDataProblem } from '../../problem/data-problem.ts';
import { problemDigest, readDigests, writeDigests, type Digests } from '../../problem/digests.ts';
import { UsageError } from '../../errors.ts';
import { loadProblem } from '../../problem/load.ts';
import type { Isolation } from '../../sandbox/command.ts';
import type { Interpreter } from '../../sandbox/interpreter.ts';
import { convertRow, ENAMEL_COUNTS, ENAMEL_SEED, type Converted } from './convert.ts';
import { defaultProblemSet, parseDataset, parseLevels, parseProblemSet, problemIdOf, type EnamelRow } from './dataset.ts';
import { runGenerator } from './run-generator.ts';
import { SUITE_FILE, type SuiteInfo } from '../suite-info.ts';

export interface ImportOptions {
  checkout: string;
  out: string;
  isolation: Isolation;
  python: Interpreter;
  jobs: number;
  /** Per row: generation plus the expert on every input. */
  timeoutMs?: number;
  /** Only these row indices (a quick partial import); default: ENAMEL's PROBLEMSET. */
  rows?: number[];
  log?: (line: string) => void;
}

export interface ImportReport {
  checkout: string;
  dataset: { file: string; sha256: string; rows: number };
  problemSet: { from: string; rows: number[] };
  imported: { index: number; taskId: string; id: string; checker: 'typed' | 'python'; types: Converted['types'] }[];
  skipped: { index: number; taskId: string; reason: string; detail: string }[];
}

export function defaultSuiteDir(): string {
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'brisk', 'suites', 'enamel');
}

function problemSetOf(checkout: string): { from: string; rows: number[] } {
  const init = path.join(checkout, 'enam', '__init__.py');
  if (existsSync(init)) {
    const rows = parseProblemSet(readFileSync(init, 'utf8'));
    if (rows) return { from: init, rows };
  }
  return { from: "Brisk's copy of ENAMEL's PROBLEMSET (no usable enam/__init__.py)", rows: defaultProblemSet() };
}

const REPORT_FILE = 'import-report.json';

/**
 * Refuses to clear a folder that is not an earlier import. Clears all of it, or with `only`
 * just those problems (a partial re-import keeps the others).
 */
function prepareOut(out: string, only?: string[]): void {
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(path.join(out, SUITE_FILE))) {
    throw new UsageError(`--out ${out}: the folder exists and is not an imported suite (no ${SUITE_FILE}); choose an empty or new folder`);
  }
  for (const sub of ['problems', 'reference-solutions']) {
    for (const target of only ? only.map((id) => path.join(sub, id)) : [sub]) rmSync(path.join(out, target), { recursive: true, force: true });
  }
  mkdirSync(path.join(out, 'problems'), { recursive: true });
}

/** --rows must name rows of the dataset that ENAMEL evaluates; anything else is a typo, not an empty suite. */
export function checkRows(requested: number[], problemSet: { from: string; rows: number[] }, datasetRows: number): number[] {
  const outside = requested.filter((i) => i >= datasetRows);
  if (outside.length > 0) throw new UsageError(`--rows: ${outside.join(', ')}: not a row of the dataset (rows 0-${datasetRows - 1})`);
  const excluded = requested.filter((i) => !problemSet.rows.includes(i));
  if (excluded.length > 0) throw new UsageError(`--rows: ${excluded.join(', ')}: not in ENAMEL's PROBLEMSET (${problemSet.from})`);
  return requested;
}

/** What an earlier import into `out` recorded, kept by a partial re-import for the rows it does not redo. */
function earlierReport(out: string): ImportReport | undefined {
  const file = path.join(out, REPORT_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ImportReport;
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message}); import every row again (without --rows)`);
  }
}

export async function importEnamel(opts: ImportOptions): Promise<ImportReport> {
  const log = opts.log ?? (() => {});
  const checkout = path.resolve(opts.checkout);
  const csvFile = path.join(checkout, 'dataset', 'enamel.csv');
  const utilsFile = path.join(checkout, 'enam', 'datautils.py');
  for (const f of [csvFile, utilsFile]) if (!existsSync(f)) throw new UsageError(`${f}: missing; give the root of an ENAMEL checkout`);
  const csv = readFileSync(csvFile, 'utf8');
  const rows = parseDataset(csv, csvFile);
  const datautils = readFileSync(utilsFile, 'utf8');
  const set = problemSetOf(checkout);
  const wanted = opts.rows ? checkRows(opts.rows, set, rows.length) : set.rows;
  const out = path.resolve(opts.out);
  const sha256 = createHash('sha256').update(csv).digest('hex');
  // A partial import adds to an earlier one of the same dataset; anything else starts afresh.
  const kept = opts.rows ? earlierReport(out) : undefined;
  const earlier = kept?.dataset.sha256 === sha256 ? kept : undefined;
  const redo = new Set(wanted);
  const report: ImportReport = {
    checkout,
    dataset: { file: csvFile, sha256, rows: rows.length },
    problemSet: set,
    imported: earlier?.imported.filter((p) => !redo.has(p.index)) ?? [],
    skipped: earlier?.skipped.filter((p) => !redo.has(p.index)) ?? [],
  };
  prepareOut(out, earlier ? wanted.flatMap((i) => (rows[i] ? [problemIdOf(rows[i].task_id)] : [])) : undefined);
  const limit = pLimit(Math.max(1, opts.jobs));
  let done = 0;
  const results = await Promise.all(
    wanted.map((index) =>
      limit(async () => {
        const row = rows[index];
        const r = row ? await importRow(row, datautils, opts) : { reason: 'not in the dataset', detail: `PROBLEMSET names row ${index}; the CSV has ${rows.length} rows` };
        log(`[import ${++done}/${wanted.length}] ${row?.task_id ?? index}${'reason' in r ? ` skipped: ${r.reason}` : ''}`);
        return { index, row, r };
      }),
    ),
  );
  const digests: Digests = earlier ? Object.fromEntries(Object.entries(readDigests(out)).filter(([id]) => report.imported.some((p) => p.id === id))) : {};
  for (const { index, row, r } of results) {
    const taskId = row?.task_id ?? `row ${index}`;
    if ('reason' in r) {
      report.skipped.push({ index, taskId, reason: r.reason, detail: r.detail });
      continue;
    }
    writeDataProblem(path.join(out, 'problems', r.id), r.problem);
    const refDir = path.join(out, 'reference-solutions', r.id, 'python');
    mkdirSync(refDir, { recursive: true });
    writeFileSync(path.join(refDir, 'expert.py'), r.expert);
    // Loaded back through the ordinary loader: what is recorded is what a run will see.
    try {
      digests[r.id] = problemDigest(await loadProblem(out, r.id), 0);
    } catch (err) {
      rmSync(path.join(out, 'problems', r.id), { recursive: true, force: true });
      rmSync(path.join(out, 'reference-solutions', r.id), { recursive: true, force: true });
      report.skipped.push({ index, taskId, reason: 'not a valid Brisk problem', detail: (err as Error).message });
      continue;
    }
    report.imported.push({ index, taskId, id: r.id, checker: r.checker, types: r.types });
  }
  report.imported.sort((x, y) => x.index - y.index);
  report.skipped.sort((x, y) => x.index - y.index);
  writeDigests(out, digests);
  const info: SuiteInfo = {
    source: 'enamel',
    checkout,
    datasetSha256: report.dataset.sha256,
    taskIds: Object.fromEntries(report.imported.map((p) => [p.taskId, p.id])),
    indexIds: rows.map((row, i) => (report.imported.some((p) => p.index === i) ? problemIdOf(row.task_id) : null)),
  };
  writeFileSync(path.join(out, SUITE_FILE), JSON.stringify(info, null, 2) + '\n');
  writeFileSync(path.join(out, REPORT_FILE), JSON.stringify(report, null, 2) + '\n');
  return report;
}

async function importRow(row: EnamelRow, datautils: string, opts: ImportOptions) {
  const sizes = parseLevels(row.input_levels);
  if (!sizes) return { reason: 'input_levels is not four sizes', detail: JSON.stringify(row.input_levels) };
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(row.entry_point)) return { reason: 'entry_point is not a Python name', detail: JSON.stringify(row.entry_point) };
  const gen = await runGenerator(
    {
      index: row.index,
      prompt: row.prompt,
      generator: row.input_generator,
      reference: row.reference_solution,
      entry: row.entry_point,
      sizes,
      counts: ENAMEL_COUNTS,
      seed: ENAMEL_SEED,
      datautils,
    },
    { isolation: opts.isolation, python: opts.python, timeoutMs: opts.timeoutMs ?? 300_000 },
  );
  return convertRow(row, gen);
}

/** One line per skip reason, for the terminal; the details are in import-report.json. */
export function summarizeImport(report: ImportReport): string[] {
  const lines = [`imported ${report.imported.length} problem(s) (${report.imported.filter((p) => p.checker === 'python').length} with a Python checker)`];
  const excluded = report.dataset.rows - report.problemSet.rows.filter((i) => i < report.dataset.rows).length;
  if (excluded > 0) lines.push(`left out ${excluded} row(s) not in ENAMEL's PROBLEMSET (${report.problemSet.from})`);
  const anyTyped = report.imported.filter((p) => p.types.some((t) => t.choice.from === 'any'));
  if (anyTyped.length > 0) lines.push(`${anyTyped.length} problem(s) use the dynamic type any somewhere: ${anyTyped.map((p) => p.id).join(', ')}`);
  const byReason = new Map<string, string[]>();
  for (const s of report.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.taskId]);
  for (const [reason, ids] of byReason) lines.push(`skipped ${ids.length}: ${reason} (${ids.join(', ')})`);
  return lines;
}
