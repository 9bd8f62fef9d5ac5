// I/O shell: writes a run's report folder.
import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderSvg } from './chart.ts';
import { heatmapSpec, levelSpec, scatterSpec } from './html/charts.ts';
import { renderIndexHtml } from './html/page.ts';
import { renderMarkdown } from './leaderboard.ts';
import type { Results } from './schema.ts';

/**
 * `mkdir -p` one folder at a time. Node's recursive mkdir loops forever where a mkdir fails with
 * ENOENT under a folder that exists (/proc, /sys): `--out /proc/x` hung after the whole
 * measurement, burning a core. Here that is an ENOENT error like any other.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  let at = path.resolve(dir);
  while (!statSync(at, { throwIfNoEntry: false })) {
    missing.push(at);
    const up = path.dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

export function writeReport(dir: string, results: Results): string[] {
  makeFolder(dir);
  const files = [path.join(dir, 'results.json'), path.join(dir, 'leaderboard.md')];
  writeFileSync(files[0]!, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(files[1]!, renderMarkdown(results));
  return files;
}

export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `run-${stamp}-${Math.random().toString(36).slice(2, 6)}`;
}

/** index.html: charts rendered to SVG now, so the page opens offline with no library. */
export async function renderHtml(results: Results): Promise<string> {
  const [heatmap, scatter, levels] = await Promise.all([renderSvg(heatmapSpec(results)), renderSvg(scatterSpec(results)), renderSvg(levelSpec(results))]);
  return renderIndexHtml(results, { heatmap, scatter, levels });
}

export async function writeHtml(dir: string, results: Results): Promise<string> {
  makeFolder(dir);
  const file = path.join(dir, 'index.html');
  writeFileSync(file, await renderHtml(results));
  return file;
}

/**
 * Why a report folder could not be written, or undefined when it can: the folder, or the
 * nearest folder above it that exists, must be a writable folder. Creates nothing.
 */
export function unwritableReason(dir: string): string | undefined {
  let at = path.resolve(dir);
  for (;;) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(at, { throwIfNoEntry: false });
    } catch {
      st = undefined; // ENOTDIR: a file above it; found on the way up
    }
    if (st) {
      if (!st.isDirectory()) return `${at} is not a folder`;
      try {
        accessSync(at, constants.W_OK);
        return undefined;
      } catch (err) {
        return `cannot write in ${at} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
      }
    }
    const up = path.dirname(at);
    if (up === at) return `no folder of ${dir} exists`;
    at = up;
  }
}
