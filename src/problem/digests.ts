// Recorded digests of every problem's generated inputs (problems/digests.json): a generator
// whose output changes is caught by `brisk problems check` and by CI.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildTests, inputsDigest } from './inputs.ts';
import type { Problem } from './load.ts';

export type Digests = Record<string, string>;

export function digestsFile(suiteDir: string): string {
  return path.join(suiteDir, 'problems', 'digests.json');
}

export function readDigests(suiteDir: string): Digests {
  const file = digestsFile(suiteDir);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Digests;
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

export function writeDigests(suiteDir: string, digests: Digests): void {
  const sorted = Object.fromEntries(Object.entries(digests).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(digestsFile(suiteDir), JSON.stringify(sorted, null, 2) + '\n');
}

/** Digest of a problem's inputs under the given suite seed, tagged with its version. */
export function problemDigest(problem: Problem, suiteSeed: number): string {
  return `v${problem.spec.version}:${inputsDigest(buildTests(problem.spec, suiteSeed))}`;
}

/** null when the recorded digest matches, else what to do about it. */
export function digestMismatch(problem: Problem, recorded: Digests, suiteSeed: number): string | null {
  const now = problemDigest(problem, suiteSeed);
  const was = recorded[problem.spec.id];
  if (was === undefined) return 'no recorded inputs digest: run `npx brisk problems digests --update`';
  if (was === now) return null;
  return `generated inputs changed (recorded ${was.slice(0, 14)}, now ${now.slice(0, 14)}): if on purpose, bump the version and run \`npx brisk problems digests --update\``;
}
