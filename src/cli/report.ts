// `brisk report <run-id>`: re-renders a run's report folder from the results store (or from a
// results.json on disk), e.g. after a Brisk upgrade improved the HTML.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command } from '@commander-js/extra-typings';
import type { Results } from '../report/schema.ts';
import { briskCommand, UsageError } from '../errors.ts';
import { asResults, readResultsFile } from './read-results.ts';
import { writeHtml, writeReport } from '../report/write.ts';
import { SqliteStore } from '../store/sqlite.ts';

function fromStore(storeFile: string, runId: string): Results {
  if (!existsSync(storeFile)) throw new UsageError(`--store ${storeFile}: no such store`);
  const store = SqliteStore.open(storeFile);
  try {
    const run = store.getRun(runId);
    if (!run) {
      const known = store
        .listRuns()
        .slice(0, 5)
        .map((r) => r.runId);
      throw new UsageError(`${runId}: no such run in ${storeFile}${known.length ? ` (latest: ${known.join(', ')})` : ''}`);
    }
    if (!run.results) {
      throw new Error(`${runId} did not finish (interrupted?); run its command again to resume: ${briskCommand(run.command)}`);
    }
    return asResults(run.results, `${storeFile} run ${runId}`);
  } finally {
    store.close();
  }
}

export function reportCommand() {
  return new Command('report')
    .description('re-render reports/<run-id>/ (results.json, leaderboard.md, index.html) from the results store')
    .argument('[run]', 'a run id in the store, or a results.json (or its folder)')
    .option('--store <file>', 'results store', path.join('reports', 'brisk.sqlite'))
    .option('--out <dir>', 'report folder (default: reports/<run-id>)')
    .option('--list', 'list the runs in the store, newest first')
    .action(async (run, opts) => {
      if (opts.list || run === undefined) {
        if (!existsSync(opts.store)) throw new UsageError(`--store ${opts.store}: no such store`);
        const store = SqliteStore.open(opts.store);
        for (const r of store.listRuns()) {
          process.stdout.write(`${r.runId}  ${r.startedAt}  ${r.finishedAt ? 'finished' : 'unfinished'}  ${briskCommand(r.command)}\n`);
        }
        store.close();
        return;
      }
      const results = existsSync(run) ? readResultsFile(run) : fromStore(opts.store, run);
      const dir = path.resolve(opts.out ?? path.join('reports', results.runId));
      const files = [...writeReport(dir, results), await writeHtml(dir, results)];
      process.stdout.write(`report: ${files.join(', ')}\n`);
    });
}
