// EvalPlus-style JSONL samples: one line per sample, {"task_id", "solution" | "completion"}.
// Bad lines are reported with file:line and skipped; the rest of the file is still used.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { zodMessage } from '../problem/load.ts';
import type { Entrant, Sample } from '../evaluate/run.ts';
import { extractFenced, languageOf } from './extract.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import { parseEnamelSamples, readEnamelSamples } from './enamel.ts';

const Line = z
  .object({
    task_id: z.string().min(1),
    solution: z.string().optional(),
    completion: z.string().optional(),
    language: z.string().optional(),
  })
  .refine((l) => l.solution !== undefined || l.completion !== undefined, { message: 'needs "solution" or "completion"' });

export interface SamplesLoad {
  entrant: Entrant;
  problems: string[];
  errors: string[];
}

/**
 * Reads one samples file as one entrant; task ids may be `<id>` or `<suite>/<id>`. A sample's
 * language is its `language` field, else its markdown fence's, else `defaultLanguage`.
 */
export function readSamplesFile(
  file: string,
  knownIds: ReadonlySet<string>,
  name?: string,
  defaultLanguage: CandidateLanguage = 'python',
  /** An imported suite's names for its problems (suite.json): task ids and sample-file rows. */
  aliases?: { taskIds?: Readonly<Record<string, string>>; indexIds?: readonly (string | null)[] },
): SamplesLoad {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const entrantName = name ?? path.basename(file).replace(/\.[^.]*$/, '');
  const enamel = parseEnamelSamples(text);
  if (enamel) return readEnamelSamples(file, enamel, knownIds, aliases?.indexIds, entrantName);
  const samples = new Map<string, Sample[]>();
  const errors: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      errors.push(`${where}: not valid JSON (${(err as Error).message}); line skipped`);
      return;
    }
    const parsed = Line.safeParse(json);
    if (!parsed.success) {
      errors.push(`${where}: ${zodMessage(parsed.error)}; line skipped`);
      return;
    }
    const id = resolveTaskId(parsed.data.task_id, knownIds, aliases?.taskIds);
    if (!knownIds.has(id)) {
      errors.push(`${where}: unknown task_id "${parsed.data.task_id}"; line skipped`);
      return;
    }
    const { code: source, fence } = extractFenced(parsed.data.solution ?? parsed.data.completion!);
    let language = defaultLanguage;
    if (parsed.data.language !== undefined) {
      const named = languageOf(parsed.data.language);
      if (!named) {
        errors.push(`${where}: unknown language "${parsed.data.language}" (python, javascript or typescript); line skipped`);
        return;
      }
      language = named;
    } else language = languageOf(fence) ?? defaultLanguage;
    if (source.trim() === '') {
      errors.push(`${where}: empty solution for ${id}; it counts as a failed sample`);
    }
    const list = samples.get(id) ?? [];
    list.push({ source, origin: where, language });
    samples.set(id, list);
  });
  return { entrant: { name: entrantName, samples }, problems: [...samples.keys()], errors };
}

/** `<id>`, `<suite>/<id>`, an imported suite's task id (`HumanEval/0`), or its kebab-case form (`humaneval-0`). */
export function resolveTaskId(taskId: string, knownIds: ReadonlySet<string>, taskIds?: Readonly<Record<string, string>>): string {
  const mapped = taskIds?.[taskId];
  if (mapped !== undefined) return mapped;
  const kebab = taskId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const last = taskId.split('/').pop()!;
  return knownIds.has(last) || !knownIds.has(kebab) ? last : kebab;
}
