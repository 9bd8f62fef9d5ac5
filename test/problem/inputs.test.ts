import { describe, expect, it } from 'vitest';
import { buildTests, inputsDigest } from '../../src/problem/inputs.ts';
import { caseSeed } from '../../src/problem/rng.ts';
import { enamelLevels, ProblemSpecSchema } from '../../src/problem/spec.ts';
import { toySpec } from '../support/fixtures.ts';

const spec = toySpec;

describe('seeded inputs', () => {
  it('derives seeds by hashing, so they are stable and independent', () => {
    expect(caseSeed(1, 'toy', 'small', 0)).toBe(caseSeed(1, 'toy', 'small', 0));
    expect(caseSeed(1, 'toy', 'small', 0)).not.toBe(caseSeed(1, 'toy', 'small', 1));
    expect(caseSeed(1, 'toy', 'small', 0)).not.toBe(caseSeed(2, 'toy', 'small', 0));
  });

  it('gives byte-identical inputs for the same seed, and other inputs for another seed', () => {
    const a = buildTests(spec(), 7);
    expect(inputsDigest(buildTests(spec(), 7))).toBe(inputsDigest(a));
    expect(inputsDigest(buildTests(spec(), 8))).not.toBe(inputsDigest(a));
    expect(a.map((t) => t.id).slice(0, 3)).toEqual(['case-1', 'correctness-1', 'correctness-2']);
    expect(a.filter((t) => t.level === 3)).toHaveLength(4);
  });

  it('adding cases to one level does not shift another level or earlier cases', () => {
    const base = buildTests(spec(), 7);
    const levels = enamelLevels([3, 10, 20, 30]);
    levels[1] = { ...levels[1]!, cases: 6 };
    const more = buildTests(spec({ levels }), 7);
    const pick = (ts: typeof base, id: string) => JSON.stringify(ts.find((t) => t.id === id)!.args);
    for (const id of ['small-1', 'small-4', 'medium-2', 'large-4']) expect(pick(more, id)).toBe(pick(base, id));
  });

  it('names the case when a generator returns a value that does not fit the signature', () => {
    const bad = spec({ generate: () => [[1.5]] });
    expect(() => buildTests(bad, 1)).toThrow(/toy level correctness case 0 xs\[0\]: expected an integer/);
  });
});

describe('spec validation', () => {
  it('reports the field that is wrong', () => {
    const r = ProblemSpecSchema.safeParse({ ...spec(), id: 'Bad Id' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['id']);
  });
});
