// Attack candidates against the real sandbox: none may pass with a wrong answer, none may be
// measured cheaper than its honest twin, and none may take the run down. The quick set runs in
// CI with the instruction meter; BRISK_HOSTILE=full (scripts/hostile-check.sh) runs every attack
// under the instruction and time meters.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSample, type SampleResult } from '../../src/evaluate/candidate.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { measureReference, type ProblemReference } from '../../src/evaluate/reference.ts';
import { InstructionMeter, TimeMeter, type Meter } from '../../src/measure/meter.ts';
import type { Problem } from '../../src/problem/load.ts';
import { parseSignature } from '../../src/problem/inputs.ts';
import type { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import { toySpec } from '../support/fixtures.ts';
import { realExecutor } from '../support/real.ts';
import { ATTACKS, HONEST, type Attack } from './attacks.ts';

const FULL = process.env.BRISK_HOSTILE === 'full';
/** Instructions a different source text may move an honest call by (one test per level). */
const SOURCE_SLACK = { python: 0, javascript: 15_000 };
const attacks = ATTACKS.filter((a) => FULL || a.quick);
const meters: Meter[] = FULL ? [new InstructionMeter(), new TimeMeter()] : [new InstructionMeter()];

/** The honest twin with a comment of fixed length, so that it is really measured again. */
function tagged(language: 'python' | 'javascript', tag: string): string {
  return `${HONEST[language]}\n${language === 'python' ? '#' : '//'} ${tag.padEnd(40, '.')}\n`;
}

const TOY_LEVELS = [
  { name: 'correctness', weight: 0, cases: 1, size: 5 },
  { name: 'small', weight: 3, cases: 1, size: 200 },
  { name: 'medium', weight: 3, cases: 1, size: 600 },
  { name: 'large', weight: 4, cases: 1, size: 2000 },
];

/** Sum of a list: one correctness case and one test on each scored level. */
function toyProblem(): Problem {
  const spec = toySpec({ levels: TOY_LEVELS });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-hostile-'));
  const files = { python: path.join(dir, 'python', 'expert.py'), javascript: path.join(dir, 'javascript', 'expert.js') };
  for (const [language, file] of Object.entries(files)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, HONEST[language as 'python' | 'javascript']);
  }
  return {
    spec,
    signature: parseSignature(spec),
    references: { python: [{ tier: 'expert', file: files.python }], javascript: [{ tier: 'expert', file: files.javascript }] },
  };
}

describe.each(meters.map((m) => [m.name, m] as const))('attack candidates under the %s meter', (_name, meter) => {
  let executor: ProcessExecutor;
  const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: meter.name, jobs: 1, memoryBytes: 2 ** 30, repetitions: 3 };
  const refs: Partial<Record<'python' | 'javascript', ProblemReference>> = {};
  const honest: Partial<Record<'python' | 'javascript', SampleResult>> = {};
  const tagBase: Partial<Record<'python' | 'javascript', SampleResult>> = {};
  beforeAll(async () => {
    executor = await realExecutor();
    const problem = toyProblem();
    refs.python = await measureReference({ executor: executor, meter: meter, cfg }, problem, 'python');
    refs.javascript = await measureReference({ executor: executor, meter: meter, cfg }, problem, 'javascript', refs.python);
    for (const language of ['python', 'javascript'] as const) {
      honest[language] = await evaluateSample({ executor: executor, meter: meter, cfg }, refs[language]!, HONEST[language], language);
      tagBase[language] = await evaluateSample({ executor: executor, meter: meter, cfg }, refs[language]!, tagged(language, 'baseline'), language);
    }
  }, 600_000);
  afterAll(() => executor?.close());

  it('the honest twins pass and score about 1', () => {
    for (const language of ['python', 'javascript'] as const) {
      expect(honest[language]!.status, honest[language]!.message).toBe('passed');
      expect(honest[language]!.score).toBeGreaterThan(meter.name === 'instructions' ? 0.99 : 0.5);
    }
  });

  it.each(attacks.map((a) => [`${a.language} class ${a.cls} ${a.id}`, a] as const))(
    '%s gains nothing',
    async (_label, given: Attack) => {
      // Under another meter than the one it targets, the attack is an honest candidate.
      const attack: Attack = given.bitesUnder && given.bitesUnder !== meter.name ? { ...given, kind: 'gain', statuses: undefined } : given;
      const r = await evaluateSample({ executor: executor, meter: meter, cfg }, refs[attack.language]!, attack.source, attack.language);
      const twin = honest[attack.language]!;
      if (attack.statuses) expect(attack.statuses, `${r.status}: ${r.message}`).toContain(r.status);
      if (attack.kind === 'wrong') {
        // Censored by its own detour (a timing loop) where it would answer wrongly: natively
        // right, so it keeps its pass credit, and its efficiency is 0.
        if (!(r.status === 'timeout' && attack.statuses?.includes('timeout'))) expect(r.passed, `${r.status}: ${r.message}`).toBe(false);
        expect(r.score).toBe(0);
      } else if (r.passed && r.totalCost !== undefined) {
        // Deterministic counts: each level costs the attack at least what it costs the honest
        // loop, less what the source text alone moves a JavaScript call (V8 parses it inside
        // the count: a comment line made the honest twin 5,800 instructions per call cheaper).
        // Timing is noisy: an attack may not look more than 3x cheaper than its twin.
        if (meter.name === 'instructions') {
          const slack = SOURCE_SLACK[attack.language];
          let gain = 1;
          twin.levels.forEach((level, k) => {
            if (level.cost === undefined) return;
            expect(r.levels[k]!.cost, `${r.status}: level ${level.name}, score ${r.score}`).toBeGreaterThanOrEqual(level.cost - slack);
            gain = Math.max(gain, level.cost / (level.cost - slack));
          });
          expect(r.score).toBeLessThanOrEqual(twin.score * gain + 1e-9);
        } else {
          expect(r.totalCost, `${r.status}: score ${r.score}`).toBeGreaterThanOrEqual(twin.totalCost! / 3);
          expect(r.score).toBeLessThanOrEqual(twin.score + 1);
        }
      } else {
        expect(r.score).toBeLessThanOrEqual(twin.score + 1e-9);
      }
      // Only a fully measured sample has a peak over every level (a censored one keeps its pass
      // credit, and its memory pass runs on the levels it survived).
      if (attack.minPeakBytes !== undefined && r.status === 'passed' && r.totalCost !== undefined) {
        expect(r.memory, r.memoryError).toBeDefined();
        expect(r.memory!.peakBytes, r.memoryError).toBeGreaterThanOrEqual(attack.minPeakBytes);
      }
      // The sandbox survives: the honest twin still passes right after, really measured again
      // (a changed comment: the meter's cache of identical jobs would answer otherwise).
      // The comment has the same length every time: V8 scans the source inside the count.
      const after = await evaluateSample({ executor: executor, meter: meter, cfg }, refs[attack.language]!, tagged(attack.language, attack.id), attack.language);
      expect(after.status, after.message).toBe('passed');
      if (meter.name === 'instructions') expect(after.totalCost).toBe(tagBase[attack.language]!.totalCost);
    },
    600_000,
  );
});
