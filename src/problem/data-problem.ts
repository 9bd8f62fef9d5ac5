// Problems stored as data rather than TypeScript (imported suites): problems/<id>/problem.json
// holds the spec's data fields, tests.json the frozen wire-encoded inputs, and the optional
// checker.py and prelude.py the Python checker and the source every Python candidate follows.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { FrozenTests, FunctionProblemSchema } from './spec.ts';

export const DATA_FILES = { spec: 'problem.json', tests: 'tests.json', checker: 'checker.py', prelude: 'prelude.py' } as const;

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read as JSON: ${(err as Error).message}`);
  }
}

/** The spec of a data problem, files folded in; validation is the loader's (the same zod schema). */
export function readDataProblem(dir: string): unknown {
  const specFile = path.join(dir, DATA_FILES.spec);
  const spec = readJson(specFile);
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw new Error(`${specFile}: not a JSON object`);
  const out = { ...(spec as Record<string, unknown>) };
  const testsFile = path.join(dir, DATA_FILES.tests);
  if (!existsSync(testsFile)) throw new Error(`${testsFile}: missing (a data problem carries its tests frozen)`);
  out.tests = readJson(testsFile);
  const checker = path.join(dir, DATA_FILES.checker);
  if (existsSync(checker)) out.check = { ...((out.check as object | undefined) ?? {}), python: readFileSync(checker, 'utf8') };
  const prelude = path.join(dir, DATA_FILES.prelude);
  if (existsSync(prelude)) out.prelude = { python: readFileSync(prelude, 'utf8') };
  return out;
}

export interface DataProblem {
  /** The spec's data fields (no functions, no tests, no checker or prelude source). */
  spec: Omit<z.input<typeof FunctionProblemSchema>, 'generate' | 'tests' | 'prelude'>;
  tests: FrozenTests;
  checker?: string;
  prelude?: string;
}

/** Writes a data problem's folder (the importer's output side). */
export function writeDataProblem(dir: string, p: DataProblem): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, DATA_FILES.spec), JSON.stringify(p.spec, null, 2) + '\n');
  // One case per line: diffable, and small enough to read back without a streaming parser.
  const levels = p.tests.levels.map((cases) => `  [\n${cases.map((c) => `    ${JSON.stringify(c)}`).join(',\n')}\n  ]`);
  writeFileSync(path.join(dir, DATA_FILES.tests), `{"levels": [\n${levels.join(',\n')}\n]}\n`);
  if (p.checker !== undefined) writeFileSync(path.join(dir, DATA_FILES.checker), p.checker);
  if (p.prelude !== undefined) writeFileSync(path.join(dir, DATA_FILES.prelude), p.prelude);
}
