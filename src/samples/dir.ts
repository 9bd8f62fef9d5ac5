// Samples as files: `<model>/<task>/<n>.<ext>`, the layout of EvalPlus's sample folders.
// The language comes from the extension; task folder names are problem ids, or encoded
// task ids (`Brisk_pair-sum-count`, `Brisk%2Fpair-sum-count`, `Brisk--pair-sum-count`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Sample } from '../evaluate/run.ts';
import { UsageError } from '../errors.ts';
import { extractFenced, languageOf } from './extract.ts';
import { taskIdOfFolder, unknownTaskId, type SamplesLoad } from './task-id.ts';

const isDir = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
const subdirs = (dir: string) =>
  readdirSync(dir)
    .filter((n) => isDir(path.join(dir, n)))
    .sort();

/**
 * A folder is one model when its subfolders hold files (task folders), else a folder of models.
 * Returns one load per model, in name order.
 */
export function readSamplesDir(dir: string, knownIds: ReadonlySet<string>): SamplesLoad[] {
  if (!isDir(dir)) throw new UsageError(`${dir}: not a folder`);
  const children = subdirs(dir);
  const holdsFiles = (d: string) => readdirSync(d).some((n) => !isDir(path.join(d, n)));
  const oneModel = children.some((c) => holdsFiles(path.join(dir, c)));
  const models = oneModel ? [dir] : children.map((c) => path.join(dir, c));
  if (models.length === 0) throw new Error(`${dir}: no <model>/<task>/<n>.<ext> sample files`);
  return models.map((m) => readModelDir(m, knownIds));
}

function readModelDir(dir: string, knownIds: ReadonlySet<string>): SamplesLoad {
  const samples = new Map<string, Sample[]>();
  const errors: string[] = [];
  for (const task of subdirs(dir)) {
    const where = path.join(dir, task);
    const id = taskIdOfFolder(task, knownIds);
    if (!id) {
      errors.push(`${where}: ${unknownTaskId(task, 'task id')}; folder skipped`);
      continue;
    }
    const files = readdirSync(where)
      .filter((n) => !isDir(path.join(where, n)))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const name of files) {
      const file = path.join(where, name);
      const language = languageOf(path.extname(name));
      if (!language) {
        errors.push(`${file}: not a .py, .js or .ts file; skipped`);
        continue;
      }
      const source = extractFenced(readFileSync(file, 'utf8')).code;
      if (source.trim() === '') errors.push(`${file}: empty solution for ${id}; it counts as a failed sample`);
      const list = samples.get(id) ?? [];
      list.push({ source, origin: file, language });
      samples.set(id, list);
    }
  }
  return { entrant: { name: path.basename(dir), samples }, problems: [...samples.keys()], errors };
}
