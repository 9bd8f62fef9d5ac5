// Pure: which problem a sample's task id names. Brisk's own ids are bare (`pair-sum-count`) or
// `Brisk/<id>`; an imported suite adds its origin's ids (`HumanEval/0`, or `humaneval-0`). A task
// of another suite (`Mercury/pair-sum-count`) names none of ours, even when its last part does.
import type { Entrant } from '../evaluate/run.ts';

/** What reading one samples file or model folder gave: one entrant, and what was wrong, by place. */
export interface SamplesLoad {
  entrant: Entrant;
  problems: string[];
  errors: string[];
}

/** The problem id, or undefined when the task id names no problem of this suite. */
export function resolveTaskId(taskId: string, knownIds: ReadonlySet<string>, taskIds?: Readonly<Record<string, string>>): string | undefined {
  const mapped = taskIds?.[taskId];
  if (mapped !== undefined) return mapped;
  if (knownIds.has(taskId)) return taskId;
  const own = /^brisk\/(.+)$/i.exec(taskId)?.[1];
  if (own !== undefined && knownIds.has(own)) return own;
  const kebab = taskId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return knownIds.has(kebab) ? kebab : undefined;
}

/** The one-line reason a task id was not taken, for `file:line: ...`. */
export function unknownTaskId(taskId: string, what = 'task_id'): string {
  const suite = /^([^/]+)\/./.exec(taskId)?.[1];
  const foreign = suite !== undefined && suite.toLowerCase() !== 'brisk';
  return foreign ? `unknown ${what} "${taskId}": a task of another suite (${suite}); Brisk's task ids are <id> or Brisk/<id>` : `unknown ${what} "${taskId}"`;
}

/**
 * The problem id a task folder names: a task id written as a folder name, its `/` encoded
 * (`Brisk%2Fpair-sum-count`) or replaced by `_` or `--` (`Brisk_pair-sum-count`).
 */
export function taskIdOfFolder(folder: string, knownIds: ReadonlySet<string>): string | undefined {
  let decoded = folder;
  try {
    decoded = decodeURIComponent(folder);
  } catch {
    // a stray % is just a character of the name
  }
  const forms = [folder, decoded];
  for (const sep of ['--', '_']) {
    const at = folder.indexOf(sep);
    if (at > 0) forms.push(`${folder.slice(0, at)}/${folder.slice(at + sep.length)}`);
  }
  for (const form of forms) {
    const id = resolveTaskId(form, knownIds);
    if (id !== undefined) return id;
  }
  return undefined;
}
