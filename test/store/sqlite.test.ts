import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SampleResult } from '../../src/evaluate/candidate.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';

const tmpStore = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'brisk-store-')), 'sub', 'brisk.sqlite');
const result = (score: number): SampleResult => ({
  status: 'passed',
  passed: true,
  score,
  levels: [{ name: 'small', weight: 1, cost: 1234, refCost: 1000, ratio: 1.234, efficiency: 0.766, censored: false }],
  wallMs: 5,
});
const meta = { problem: 'p', language: 'python' };

describe('SqliteStore', () => {
  it('keeps sample and reference results across processes (reopen), in WAL mode', () => {
    const file = tmpStore();
    const a = SqliteStore.open(file);
    a.putSample('k1', result(0.5), meta);
    a.putReference('r1', { tier: 'expert', digest: 'd', expected: [1, 'x', [2]], refNs: [10, 20], refCost: [[1, 99]] }, meta);
    a.close();
    const b = SqliteStore.open(file);
    expect(b.getSample('k1')).toEqual(result(0.5));
    expect(b.getSample('k2')).toBeUndefined();
    expect(b.getReference('r1')).toEqual({ tier: 'expert', digest: 'd', expected: [1, 'x', [2]], refNs: [10, 20], refCost: [[1, 99]] });
    b.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('never stores a key twice: a second put of the same key keeps the first result', () => {
    const s = SqliteStore.open(tmpStore());
    s.putSample('k', result(0.25), meta);
    s.putSample('k', result(0.75), meta);
    expect(s.getSample('k')!.score).toBe(0.25);
    expect(s.counts()).toEqual({ samples: 1, references: 0, runs: 0, duplicateSamples: 0 });
    s.close();
  });

  it('records runs: unfinished until results are stored, newest first', () => {
    const s = SqliteStore.open(tmpStore());
    s.beginRun('run-1', ['run', '--meter', 'time']);
    s.putSample('k', result(1), meta);
    expect(s.getRun('run-1')).toMatchObject({ runId: 'run-1', command: ['run', '--meter', 'time'], finishedAt: undefined, results: undefined });
    s.finishRun('run-1', { runId: 'run-1', n: 1 });
    expect(s.getRun('run-1')!.results).toEqual({ runId: 'run-1', n: 1 });
    expect(s.getRun('run-2')).toBeUndefined();
    expect(s.listRuns().map((r) => r.runId)).toEqual(['run-1']);
    // A run that stored nothing can be forgotten; one that stored a result cannot.
    s.beginRun('run-3', ['run', '--problems', 'nope']);
    s.discardRunIfEmpty('run-3');
    s.discardRunIfEmpty('run-1');
    expect(s.listRuns().map((r) => r.runId)).toEqual(['run-1']);
    s.close();
  });

  it('names the file when it is not a store', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'brisk-store-')), 'junk.sqlite');
    writeFileSync(file, 'this is not a database, just text long enough to have a header'.repeat(20));
    expect(() => SqliteStore.open(file)).toThrow(new RegExp(`^--store ${file}: cannot open as a Brisk results store`));
  });
});
