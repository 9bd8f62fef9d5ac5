// CI's quick check of every bundled problem: the spec loads, its generated inputs match the
// recorded digest, and every reference tier agrees with the expert and the hand-written cases
// on the correctness and small levels. The full discrimination check is `brisk problems check`.
import { readFileSync } from 'node:fs';
import pLimit from 'p-limit';
import { describe, expect, it } from 'vitest';
import { nativeJob, verifier } from '../../src/evaluate/reference.ts';
import { DEFAULT_CONFIG } from '../../src/evaluate/config.ts';
import { digestMismatch, readDigests } from '../../src/problem/digests.ts';
import { buildTests } from '../../src/problem/inputs.ts';
import { listProblemIds, loadProblem, PACKAGE_ROOT } from '../../src/problem/load.ts';
import { realExecutor } from '../support/real.ts';

const ids = listProblemIds(PACKAGE_ROOT);
const cfg = { ...DEFAULT_CONFIG, meter: 'time' as const, jobs: 2 };

describe('bundled problem suite', () => {
  it('has problems of both categories and both kinds', async () => {
    const specs = await Promise.all(ids.map(async (id) => (await loadProblem(PACKAGE_ROOT, id)).spec));
    expect(specs.length).toBeGreaterThanOrEqual(8);
    expect(new Set(specs.map((s) => s.kind))).toEqual(new Set(['function', 'stdio']));
    expect(new Set(specs.map((s) => s.category))).toEqual(new Set(['algorithm', 'implementation']));
  });

  it("records a digest of every problem's inputs, and the generators still produce them", async () => {
    const recorded = readDigests(PACKAGE_ROOT);
    for (const id of ids) {
      expect(digestMismatch(await loadProblem(PACKAGE_ROOT, id), recorded, cfg.suiteSeed), id).toBeNull();
    }
  });

  it('every tier of every language agrees with the Python expert and the hand-written cases on the small levels', async () => {
    const executor = await realExecutor();
    const limit = pLimit(2);
    const failures = (
      await Promise.all(
        ids.map((id) =>
          limit(async () => {
            const problem = await loadProblem(PACKAGE_ROOT, id);
            const tests = buildTests(problem.spec, cfg.suiteSeed).filter((t) => t.level <= 1);
            const tiers = [...(problem.references.python ?? [])].reverse();
            if (tiers[0]?.tier !== 'expert' || tiers.length < 3) return [`${id}: needs naive, standard and expert tiers`];
            const run = (file: string, expected: (typeof tests)[number]['expected'][], language: 'python' | 'javascript' = 'python') =>
              executor.run(nativeJob(problem, tests, readFileSync(file, 'utf8'), cfg, false, language), {
                callLimitMs: () => 30_000,
                verify: verifier(problem, expected, tests),
                memoryBytes: cfg.memoryBytes,
              });
            const expert = await run(
              tiers[0].file,
              tests.map((t) => t.expected),
            );
            const bad = expert.tests.findIndex((r) => r.status !== 'passed');
            if (expert.status !== 'completed' || bad >= 0) {
              return [`${id} expert: ${expert.status} ${expert.message ?? ''} ${bad >= 0 ? `${tests[bad]!.id}: ${expert.tests[bad]!.status} ${expert.tests[bad]!.message}` : ''}`];
            }
            const out: string[] = [];
            // Every other tier, Python and JavaScript alike, must reproduce the Python expert.
            const others = [...tiers.slice(1).map((t) => ({ ...t, language: 'python' as const })), ...(problem.references.javascript ?? []).map((t) => ({ ...t, language: 'javascript' as const }))];
            for (const tier of others) {
              const r = await run(
                tier.file,
                expert.tests.map((x) => x.output),
                tier.language,
              );
              const i = r.tests.findIndex((x) => x.status !== 'passed');
              if (r.status !== 'completed' || i >= 0)
                out.push(`${id} ${tier.language} ${tier.tier}: ${r.status} ${i >= 0 ? `${tests[i]!.id}: ${r.tests[i]!.status} ${r.tests[i]!.message}` : r.message}`);
            }
            return out;
          }),
        ),
      )
    ).flat();
    expect(failures).toEqual([]);
  }, 600_000);
});
