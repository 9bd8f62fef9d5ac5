// renderProfile and annotated: the terminal text of a profile, from hand-made numbers.
import { describe, expect, it } from 'vitest';
import type { LineProfile } from '../../src/profile/lines.ts';
import type { ProfileReport } from '../../src/profile/profile.ts';
import { annotated, renderProfile } from '../../src/profile/render.ts';

const source = 'def count_pairs(nums, target):\n    count = 0\n    for i in range(len(nums)):\n        count += i\n    return count\n';
const lines: LineProfile = {
  sizes: [10, 100],
  lines: [
    { line: 2, text: '    count = 0', counts: [1, 1], growth: 'O(1)' },
    { line: 3, text: '    for i in range(len(nums)):', counts: [11, 101], growth: 'O(n)', share: 0.3 },
    { line: 4, text: '        count += i', counts: [10, 100], growth: 'O(n)', share: 0.65 },
    { line: 5, text: '    return count', counts: [1, 1], growth: 'O(1)' },
  ],
  hot: { line: 4, text: '        count += i', growth: 'O(n)', n: 100, count: 100, share: 0.65 },
};

const report: ProfileReport = {
  problem: 'pair-sum-count',
  language: 'python',
  meter: 'instructions',
  unit: 'instructions',
  candidate: { status: 'passed', passed: true, score: 0.5, levels: [], wallMs: 1 },
  tiers: [
    { tier: 'naive', levels: [{ name: 'small', ratio: 0.5 }, { name: 'large' }] },
    {
      tier: 'expert',
      levels: [
        { name: 'small', ratio: 2 },
        { name: 'large', ratio: 3.456 },
      ],
    },
  ],
  curves: [],
  verdict: 'about 3.5x slower than the expert at n=100',
};

describe('renderProfile', () => {
  it('prints correctness, the score, each tier per level (a dash where unmeasured) and the verdict', () => {
    const text = renderProfile(report);
    expect(text.split('\n').slice(0, 4)).toEqual(['pair-sum-count (python), meter instructions', '', 'correctness: all tests pass', 'efficiency score against the expert: 0.500']);
    expect(text).toContain('candidate cost / tier cost, per level:');
    expect(text).toMatch(/naive\s+0\.50x\s+-\n/);
    expect(text).toMatch(/expert\s+2\.00x\s+3\.46x/);
    expect(text.endsWith('verdict: about 3.5x slower than the expert at n=100')).toBe(true);
  });

  it('shows the failing test, message and input of an incorrect candidate, and no score', () => {
    const wrong = {
      ...report,
      tiers: [],
      candidate: { ...report.candidate, status: 'wrong_answer' as const, passed: false, score: 0, test: 'case-3', message: 'expected 2, got 0', failingInput: '[1,2,3,4], 5' },
    };
    const text = renderProfile(wrong);
    expect(text).toContain('correctness: wrong_answer on case-3\n  expected 2, got 0\n  input: [1,2,3,4], 5');
    expect(text).not.toContain('efficiency score');
    expect(text).not.toContain('per level');
  });
});

describe('annotated', () => {
  it('puts the count at the largest traced size, growth and share beside each line, marking the hot line', () => {
    const out = annotated('candidate', source, lines, 'instructions');
    expect(out[0]).toBe('lines of candidate: executions per call at n=100, growth over the sweep, share of the instructions (modelled):');
    expect(out[2]).toBe('    1                              def count_pairs(nums, target):');
    expect(out[3]).toBe('    2         1  O(1)                  count = 0');
    expect(out[4]).toBe('*   3       101  O(n)         30%      for i in range(len(nums)):');
    expect(out[5]).toBe('>   4       100  O(n)         65%          count += i');
    expect(out.at(-1)).toBe('  (> the line that dominates growth, * 10% or more of the instructions)');
  });

  it('says why nothing was traced', () => {
    expect(annotated('candidate', source, { sizes: [10], lines: [], failure: 'the tracer timed out at n=10' }, 'instructions')).toEqual([
      'lines of candidate: none traced (the tracer timed out at n=10)',
    ]);
  });
});
