// EvalPlus-style JSONL samples: one line per sample, {"task_id", "solution" | "completion"}.
// Bad lines are reported with file:line and skipped; the rest of the file is still used.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { zodMessage } from '../problem/load.ts';
import type { Sample } from '../evaluate/run.ts';
import { UsageError } from '../errors.ts';
import { extractFenced, languageOf } from './extract.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import { parseEnamelSamples, readEnamelSamples } from './enamel.ts';
import { resolveTaskId, unknownTaskId, type SamplesLoad } from './task-id.ts';

export type { SamplesLoad };

const Line = z
  .object({
    task_id: z.string().min(1),
    solution: z.string().optional(),
    completion: z.string().optional(),
    language: z.string().optional(),
  })
  .refine((l) => l.solution !== undefined || l.completion !== undefined, { message: 'needs "solution" or "completion"' });

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
    throw new UsageError(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
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
    if (id === undefined) {
      errors.push(`${where}: ${unknownTaskId(parsed.data.task_id)}; line skipped`);
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
