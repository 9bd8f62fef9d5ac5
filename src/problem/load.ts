// I/O shell of the problem stage: finds problem specs and reference solutions on disk.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { DATA_FILES, readDataProblem } from './data-problem.ts';
import { parseSignature, type Signature } from './inputs.ts';
import { ProblemSpecSchema, type ProblemSpec } from './spec.ts';
import { UsageError } from '../errors.ts';

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

let tsLoader: Promise<void> | undefined;

/**
 * problem.ts files are TypeScript: the built package (plain Node) registers tsx's loader once,
 * before the first; run from source, Brisk already runs under it.
 */
function typeScriptLoader(): Promise<void> {
  if (import.meta.url.endsWith('.ts')) return Promise.resolve();
  tsLoader ??= import('tsx/esm/api').then((tsx) => {
    tsx.register();
  });
  return tsLoader;
}

export function zodMessage(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

export function listProblemIds(suiteDir: string): string[] {
  const dir = path.join(suiteDir, 'problems');
  if (!existsSync(dir)) throw new UsageError(`${dir}: no problems folder (--suite names a folder holding problems/ and reference-solutions/)`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (existsSync(path.join(dir, d.name, 'problem.ts')) || existsSync(path.join(dir, d.name, DATA_FILES.spec))))
    .map((d) => d.name)
    .sort();
}

export async function loadProblem(suiteDir: string, id: string): Promise<Problem> {
  const dir = path.join(suiteDir, 'problems', id);
  const tsFile = path.join(dir, 'problem.ts');
  const dataFile = path.join(dir, DATA_FILES.spec);
  const file = existsSync(tsFile) || !existsSync(dataFile) ? tsFile : dataFile;
  if (!existsSync(file)) throw new Error(`${file}: no such problem`);
  let raw: unknown;
  if (file === dataFile) raw = readDataProblem(dir);
  else {
    try {
      await typeScriptLoader();
      raw = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
    } catch (err) {
      throw new Error(`${file}: cannot load: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  const parsed = ProblemSpecSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${zodMessage(parsed.error)}`);
  const spec = parsed.data;
  if (spec.id !== id) throw new Error(`${file}: id "${spec.id}" does not match its folder "${id}"`);
  if (spec.levels[0]!.weight !== 0 || spec.levels.slice(1).some((l) => l.weight <= 0)) {
    throw new Error(`${file}: levels: the first level must have weight 0 (correctness) and the others weight > 0`);
  }
  if ((spec.generate === undefined) === (spec.tests === undefined)) {
    throw new Error(`${file}: give either a generate function or frozen tests, not ${spec.generate ? 'both' : 'neither'}`);
  }
  if (!spec.tests && spec.cases.length === 0) throw new Error(`${file}: cases: write at least one hand-written case`);
  let signature: Signature | undefined;
  try {
    signature = parseSignature(spec);
  } catch (err) {
    throw new Error(`${file}: signature: ${(err as Error).message}`);
  }
  return { spec, signature, references: findReferences(suiteDir, id) };
}

/** `option` names where the ids came from in the error about unknown ones (`--problem` for profile). */
export async function loadProblems(suiteDir: string, ids?: string[], option = '--problems'): Promise<Problem[]> {
  const all = listProblemIds(suiteDir);
  const wanted = ids && ids.length > 0 ? ids : all;
  const unknown = wanted.filter((id) => !all.includes(id));
  if (unknown.length > 0) throw new UsageError(`${option}: unknown problem id(s): ${unknown.join(', ')}${suggestIds(unknown, all)}`);
  const out: Problem[] = [];
  for (const id of wanted) out.push(await loadProblem(suiteDir, id));
  return out;
}

/** `; did you mean pair-sum-count?` for ids one problem id contains or is contained in. */
function suggestIds(unknown: string[], all: string[]): string {
  const near = all.filter((id) => unknown.some((u) => u.length >= 3 && (id.includes(u) || u.includes(id))));
  return near.length > 0 && near.length <= 5 ? `; did you mean ${near.join(', ')}?` : '';
}

function findReferences(suiteDir: string, id: string): Problem['references'] {
  const refs: Problem['references'] = {};
  for (const lang of LANGUAGES) {
    const dir = path.join(suiteDir, 'reference-solutions', id, lang);
    const found = TIERS.map((tier) => ({ tier, file: path.join(dir, tier + EXTENSIONS[lang]) })).filter((r) => existsSync(r.file));
    if (found.length > 0) refs[lang] = found;
  }
  return refs;
}
