// The results store: SQLite (better-sqlite3) in WAL mode. Every measurement is its own
// transaction, committed the moment it completes, so a kill -9 loses at most the work in
// flight; primary keys on the content hashes make a measurement impossible to store twice.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SampleResult } from '../evaluate/candidate.ts';
import type { ResultCache, StoredReference } from '../evaluate/cache.ts';

const SCHEMA_VERSION = '1';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sample_results (
  key TEXT PRIMARY KEY,
  problem TEXT NOT NULL,
  language TEXT NOT NULL,
  status TEXT NOT NULL,
  result TEXT NOT NULL,
  run_id TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reference_results (
  key TEXT PRIMARY KEY,
  problem TEXT NOT NULL,
  language TEXT NOT NULL,
  reference TEXT NOT NULL,
  run_id TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
  run_id TEXT PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  command TEXT NOT NULL,
  results TEXT
);
`;

export interface RunRow {
  runId: string;
  startedAt: string;
  finishedAt?: string;
  command: string[];
  /** results.json of a finished run, as written. */
  results?: unknown;
}

export class SqliteStore implements ResultCache {
  private readonly db: Database.Database;
  /** Run that new measurements are attributed to (for `brisk report` and debugging). */
  runId: string | null = null;

  private constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      this.db = new Database(file, { timeout: 10_000 });
      this.db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode survives a killed process (not a power cut) at far less fsync cost.
      this.db.pragma('synchronous = NORMAL');
      this.db.exec(SCHEMA);
    } catch (err) {
      throw new Error(`--store ${file}: cannot open as a Brisk results store: ${(err as Error).message}`);
    }
    const row = this.db.prepare('SELECT value FROM meta WHERE name = ?').get('schema') as { value: string } | undefined;
    if (!row) this.db.prepare('INSERT INTO meta (name, value) VALUES (?, ?)').run('schema', SCHEMA_VERSION);
    else if (row.value !== SCHEMA_VERSION) {
      this.db.close();
      throw new Error(`--store ${file}: store schema ${row.value}, this Brisk writes schema ${SCHEMA_VERSION}; use another --store file`);
    }
  }

  static open(file: string): SqliteStore {
    return new SqliteStore(path.resolve(file));
  }

  close(): void {
    this.db.close();
  }

  getSample(key: string): SampleResult | undefined {
    const row = this.db.prepare('SELECT result FROM sample_results WHERE key = ?').get(key) as { result: string } | undefined;
    return row && (JSON.parse(row.result) as SampleResult);
  }

  putSample(key: string, result: SampleResult, meta: { problem: string; language: string }): void {
    this.db
      .prepare(
        `INSERT INTO sample_results (key, problem, language, status, result, run_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
      )
      .run(key, meta.problem, meta.language, result.status, JSON.stringify(result), this.runId, new Date().toISOString());
  }

  getReference(key: string): StoredReference | undefined {
    const row = this.db.prepare('SELECT reference FROM reference_results WHERE key = ?').get(key) as { reference: string } | undefined;
    return row && (JSON.parse(row.reference) as StoredReference);
  }

  putReference(key: string, ref: StoredReference, meta: { problem: string; language: string }): void {
    this.db
      .prepare(
        `INSERT INTO reference_results (key, problem, language, reference, run_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
      )
      .run(key, meta.problem, meta.language, JSON.stringify(ref), this.runId, new Date().toISOString());
  }

  beginRun(runId: string, command: string[]): void {
    this.runId = runId;
    this.db.prepare('INSERT INTO runs (run_id, started_at, command) VALUES (?, ?, ?)').run(runId, new Date().toISOString(), JSON.stringify(command));
  }

  finishRun(runId: string, results: unknown): void {
    this.db.prepare('UPDATE runs SET finished_at = ?, results = ? WHERE run_id = ?').run(new Date().toISOString(), JSON.stringify(results), runId);
  }

  /** Forgets a run that failed before it measured anything (bad options, unknown problems). */
  discardRunIfEmpty(runId: string): void {
    this.db
      .prepare(
        `DELETE FROM runs WHERE run_id = @id
           AND NOT EXISTS (SELECT 1 FROM sample_results WHERE run_id = @id)
           AND NOT EXISTS (SELECT 1 FROM reference_results WHERE run_id = @id)`,
      )
      .run({ id: runId });
  }

  getRun(runId: string): RunRow | undefined {
    const row = this.db.prepare('SELECT * FROM runs WHERE run_id = ?').get(runId) as DbRun | undefined;
    return row && toRunRow(row);
  }

  /** Newest first, without the results bodies. */
  listRuns(): RunRow[] {
    const rows = this.db.prepare('SELECT run_id, started_at, finished_at, command FROM runs ORDER BY started_at DESC').all() as DbRun[];
    return rows.map(toRunRow);
  }

  /** Row counts, and how many sample keys occur more than once (0 by the primary key). */
  counts(): { samples: number; references: number; runs: number; duplicateSamples: number } {
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      samples: n('SELECT COUNT(*) AS n FROM sample_results'),
      references: n('SELECT COUNT(*) AS n FROM reference_results'),
      runs: n('SELECT COUNT(*) AS n FROM runs'),
      duplicateSamples: n('SELECT COUNT(*) AS n FROM (SELECT key FROM sample_results GROUP BY key HAVING COUNT(*) > 1)'),
    };
  }
}

interface DbRun {
  run_id: string;
  started_at: string;
  finished_at: string | null;
  command: string;
  results?: string | null;
}

function toRunRow(r: DbRun): RunRow {
  return {
    runId: r.run_id,
    startedAt: r.started_at,
    finishedAt: r.finished_at ?? undefined,
    command: JSON.parse(r.command) as string[],
    results: r.results ? (JSON.parse(r.results) as unknown) : undefined,
  };
}
