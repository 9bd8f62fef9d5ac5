// I/O shell: writes a run's report folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderMarkdown } from './leaderboard.ts';
import type { Results } from './schema.ts';

export function writeReport(dir: string, results: Results): string[] {
  mkdirSync(dir, { recursive: true });
  const files = [path.join(dir, 'results.json'), path.join(dir, 'leaderboard.md')];
  writeFileSync(files[0]!, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(files[1]!, renderMarkdown(results));
  return files;
}

export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `run-${stamp}-${Math.random().toString(36).slice(2, 6)}`;
}
