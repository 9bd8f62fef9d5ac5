// I/O shell of the problem stage: finds problem specs and reference solutions on disk.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { parseSignature, type Signature } from './inputs.ts';
import { ProblemSpecSchema, type ProblemSpec } from './spec.ts';

export const LANGUAGES = ['python', 'javascript'] as const;
export type Language = (typeof LANGUAGES)[number];
export const EXTENSIONS: Record<Language, string> = { python: '.py', javascript: '.js' };
/** Reference tiers, slow to fast; expected outputs come from the last one present. */
export const TIERS = ['naive', 'standard', 'expert'] as const;

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Problem {
  spec: ProblemSpec;
  signature?: Signature;
  /** reference tier name -> file, per language, ordered slow to fast. */
  references: Partial<Record<Language, { tier: string; file: string }[]>>;
}

export function zodMessage(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

export function listProblemIds(suiteDir: string): string[] {
  const dir = path.join(suiteDir, 'problems');
  if (!existsSync(dir)) throw new Error(`${dir}: no problems folder`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'problem.ts')))
    .map((d) => d.name)
    .sort();
}

export async function loadProblem(suiteDir: string, id: string): Promise<Problem> {
  const file = path.join(suiteDir, 'problems', id, 'problem.ts');
  if (!existsSync(file)) throw new Error(`${file}: no such problem`);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (err) {
    throw new Error(`${file}: cannot load: ${(err as Error).message.split('\n')[0]}`);
  }
  const parsed = ProblemSpecSchema.safeParse(mod.default);
  if (!parsed.success) throw new Error(`${file}: ${zodMessage(parsed.error)}`);
  const spec = parsed.data;
  if (spec.id !== id) throw new Error(`${file}: id "${spec.id}" does not match its folder "${id}"`);
  if (spec.levels[0]!.weight !== 0 || spec.levels.slice(1).some((l) => l.weight <= 0)) {
    throw new Error(`${file}: levels: the first level must have weight 0 (correctness) and the others weight > 0`);
  }
  let signature: Signature | undefined;
  try {
    signature = parseSignature(spec);
  } catch (err) {
    throw new Error(`${file}: signature: ${(err as Error).message}`);
  }
  return { spec, signature, references: findReferences(suiteDir, id) };
}

export async function loadProblems(suiteDir: string, ids?: string[]): Promise<Problem[]> {
  const all = listProblemIds(suiteDir);
  const wanted = ids && ids.length > 0 ? ids : all;
  const unknown = wanted.filter((id) => !all.includes(id));
  if (unknown.length > 0) throw new Error(`--problems: unknown problem id(s): ${unknown.join(', ')}`);
  const out: Problem[] = [];
  for (const id of wanted) out.push(await loadProblem(suiteDir, id));
  return out;
}

function findReferences(suiteDir: string, id: string): Problem['references'] {
  const refs: Problem['references'] = {};
  for (const lang of LANGUAGES) {
    const dir = path.join(suiteDir, 'reference-solutions', id, lang);
    const found = TIERS.map((tier) => ({ tier, file: path.join(dir, tier + EXTENSIONS[lang]) })).filter((r) =>
      existsSync(r.file),
    );
    if (found.length > 0) refs[lang] = found;
  }
  return refs;
}
