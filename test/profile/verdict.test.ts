// The one-line verdicts of a profile and their number formats, from hand-made numbers.
import { describe, expect, it } from 'vitest';
import type { SampleResult } from '../../src/evaluate/candidate.ts';
import { fitComplexity } from '../../src/profile/fit.ts';
import { clip, describeHot, fmtCount, fmtFactor, fmtRatio, fmtShare, lineVerdict, verdict } from '../../src/profile/verdict.ts';

const passed: SampleResult = { status: 'passed', passed: true, score: 1, levels: [], wallMs: 1 };
const ns = [16, 32, 64, 128, 256, 512, 1024, 2048];
const curve = (who: string, f: (n: number) => number, censoredFrom = Infinity) => {
  const costs = ns.map(f);
  const kept = ns.filter((n) => n < censoredFrom);
  return {
    who,
    points: ns.map((n, i) => (n < censoredFrom ? { n, cost: costs[i] } : { n })),
    fit: fitComplexity(kept, costs.slice(0, kept.length)),
  };
};

describe('verdict', () => {
  it('names the status, test and message of an incorrect candidate', () => {
    const wrong: SampleResult = { ...passed, status: 'wrong_answer', passed: false, score: 0, test: 'case-3', message: 'expected 2, got 0' };
    expect(verdict(wrong, [])).toBe('incorrect: wrong_answer on case-3 (expected 2, got 0)');
    expect(verdict({ ...wrong, test: undefined, message: undefined }, [])).toBe('incorrect: wrong_answer');
  });

  it('says there was no sweep without the candidate and expert curves', () => {
    expect(verdict(passed, [])).toBe('correct; no size sweep');
  });

  it('compares at the largest size both measured, names the first censored size and both growth classes', () => {
    const v = verdict(passed, [curve('candidate', (n) => 3 * n * n, 1024), curve('expert', (n) => 40 * n)]);
    // At n=512 (the last the candidate measured): 3 * 512^2 / (40 * 512) = 38.4.
    expect(v).toBe('about 38x slower than the expert at n=512; too slow to measure from n=1024 on; grows as O(n^2) where the expert grows as O(n)');
  });

  it('says on par within 5%, faster below, and "like the expert" for the same class', () => {
    expect(verdict(passed, [curve('candidate', (n) => 41 * n), curve('expert', (n) => 40 * n)])).toBe(`on par with the expert at n=2048; grows as O(n), like the expert`);
    expect(verdict(passed, [curve('candidate', (n) => 10 * n), curve('expert', (n) => 40 * n)])).toBe(`about 4.0x faster than the expert at n=2048; grows as O(n), like the expert`);
  });
});

describe('number formats', () => {
  it('ratios, factors, counts and shares', () => {
    expect([fmtRatio(38.4), fmtRatio(4)]).toEqual(['38', '4.0']);
    expect([fmtFactor(145.2), fmtFactor(1.3), fmtFactor(0.05234)]).toEqual(['145', '1.30', '0.052']);
    expect([fmtCount(127260), fmtCount(12_345_678), fmtCount(2.25)]).toEqual(['127,260', '12.3M', '2.3']);
    expect([fmtShare(0.48), fmtShare(0.0123), fmtShare(0.0004), fmtShare(undefined)]).toEqual(['48%', '1.2%', '<0.1%', '']);
    expect(clip('abcdefghij', 8)).toBe('abcde...');
    expect(clip('abc', 8)).toBe('abc');
  });
});

describe('line verdicts', () => {
  const hot = { line: 5, text: 'if nums[i] + nums[j] == target:', growth: 'O(n^2)', n: 505, count: 127260, share: 0.48 };
  it('describe the hot line, and the expert beside it', () => {
    expect(describeHot(hot, 'instructions')).toBe('line 5 `if nums[i] + nums[j] == target:` runs O(n^2) times (127,260 at n=505, ~48% of the instructions)');
    const mine = { sizes: [505], lines: [], hot };
    const expert = { sizes: [505], lines: [], hot: { ...hot, line: 3, text: 'c = Counter(nums)', growth: 'O(n)' } };
    expect(lineVerdict(mine, expert)).toBe(`hot line: ${describeHot(hot, 'instructions')}; the expert's hottest line 3 \`c = Counter(nums)\` runs O(n)`);
    expect(lineVerdict({ sizes: [], lines: [], failure: 'tracer stopped at n=505' }, undefined)).toBe('no line verdict: tracer stopped at n=505');
    expect(lineVerdict(undefined, expert)).toBeUndefined();
  });
});
