import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tierSamples } from '../../src/evaluate/tiers.ts';
import type { Problem } from '../../src/problem/load.ts';

describe('tier samples', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brisk-tiers-'));
  const tier = (name: string) => {
    const file = path.join(dir, `${name}.py`);
    writeFileSync(file, `# ${name}\n`);
    return { tier: name, file };
  };
  const problem = (id: string, tiers: string[]) => ({ spec: { id }, references: { python: tiers.map(tier) } }) as unknown as Problem;

  it('enters every tier of a problem with several, in order, and none of a problem with one', () => {
    const units = tierSamples(
      [problem('three', ['naive', 'standard', 'expert']), problem('imported', ['expert'])],
      () => ['python'],
      () => true,
    );
    expect(units.map((u) => `${u.p.spec.id}/${u.tier}/${u.order}`)).toEqual(['three/naive/0', 'three/standard/1', 'three/expert/2']);
    expect(units[0]!.source).toBe('# naive\n');
  });

  it('skips a language whose reference failed', () => {
    expect(
      tierSamples(
        [problem('three', ['naive', 'expert'])],
        () => ['python'],
        () => false,
      ),
    ).toEqual([]);
  });
});
