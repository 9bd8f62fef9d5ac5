// profile.html: the verdict, correctness, score and per-level ratios beside the chart.
import { describe, expect, it } from 'vitest';
import type { ProfileReport } from '../../src/profile/profile.ts';
import { profileHtml } from '../../src/profile/html.ts';

const level = (name: string, cost: number) => ({ name, weight: 3, cost, refCost: 100, ratio: cost / 100, efficiency: 0, censored: false });

function report(passed: boolean): ProfileReport {
  return {
    problem: 'pair-sum-count',
    language: 'python',
    meter: 'instructions',
    unit: 'instructions',
    candidate: passed
      ? { status: 'passed', passed: true, score: 0.25, levels: [level('small', 150), level('large', 400)], wallMs: 1 }
      : { status: 'wrong_answer', passed: false, score: 0, message: 'the result: expected 3, got <b>4</b>', test: 'small-2', failingInput: '[1, 2], 3', levels: [], wallMs: 1 },
    tiers: passed
      ? [
          {
            tier: 'naive',
            levels: [
              { name: 'small', tierCost: 300, candidateCost: 150, ratio: 0.5 },
              { name: 'large', tierCost: 2000, candidateCost: 400, ratio: 0.2 },
            ],
          },
          {
            tier: 'expert',
            levels: [
              { name: 'small', tierCost: 100, candidateCost: 150, ratio: 1.5 },
              { name: 'large', tierCost: 100, candidateCost: 400, ratio: 4 },
            ],
          },
        ]
      : [],
    curves: [],
    verdict: passed ? 'about 4.0x slower than the expert at n=3000' : 'incorrect: wrong_answer on small-2',
  };
}

describe('profile.html', () => {
  it("shows correctness, the score and every tier's per-level ratio", () => {
    const html = profileHtml(report(true), '<svg></svg>', []);
    expect(html).toContain('<b>about 4.0x slower than the expert at n=3000</b>');
    expect(html).toContain('Correct on every test.');
    expect(html).toContain('Efficiency score against the expert: 0.250');
    expect(html).toContain('<table id="ratios"><tr><th>tier</th><th class="num">small</th><th class="num">large</th></tr>');
    expect(html).toContain('<tr><td>naive</td><td class="num">0.50x</td><td class="num">0.20x</td></tr>');
    expect(html).toContain('<tr><td>expert</td><td class="num">1.50x</td><td class="num">4.00x</td></tr>');
    expect(html).toContain('<figure><svg></svg></figure>');
  });

  it('a wrong candidate: its status, test, message and input, escaped; no score', () => {
    const html = profileHtml(report(false), '', []);
    expect(html).toContain('<p class="fail">wrong_answer on small-2</p>');
    expect(html).toContain('<code>the result: expected 3, got &lt;b&gt;4&lt;/b&gt;</code>');
    expect(html).toContain('input: <code>[1, 2], 3</code>');
    expect(html).not.toContain('Efficiency score');
    expect(html).not.toContain('<figure>');
  });
});
