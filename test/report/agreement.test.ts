// The agreement check in results.json, on the terminal and in index.html.
import { describe, expect, it } from 'vitest';
import { agreementLine } from '../../src/report/agreement.ts';
import { renderIndexHtml } from '../../src/report/html/page.ts';
import { ResultsSchema } from '../../src/report/schema.ts';
import { sampleResults } from '../support/results.ts';

const svgs = { heatmap: '<svg></svg>', scatter: '<svg></svg>', levels: '<svg></svg>' };

const agreement = {
  n: 7,
  spearman: 0.6,
  medianGap: 1.25,
  unpaired: { instructionsOnly: 2, timeOnly: 1 },
  problems: [
    { id: 'p1', n: 5, spearman: 0.4, medianGap: 1.5 },
    { id: 'p2', n: 2, medianGap: 1.1 },
  ],
  disagreements: [
    { id: 'p1', n: 5, spearman: 0.4, medianGap: 1.5, worst: { entrant: '<m>', sample: 3, level: 'large', instructions: 2, time: 6 } },
    { id: 'p2', n: 2, medianGap: 1.1, worst: { entrant: 'm', sample: 0, level: 'small', instructions: 1, time: 1.1 } },
  ],
  pairs: [{ entrant: '<m>', problem: 'p1', sample: 3, level: 'large', instructions: 2, time: 6 }],
  timePass: { samples: 4, seconds: 12.34 },
};

describe('the agreement check in the reports', () => {
  it('is an optional field of results.json: older files parse, a malformed one does not', () => {
    const without = sampleResults();
    expect(without.agreement).toBeUndefined();
    expect(ResultsSchema.parse({ ...without, agreement }).agreement).toEqual(agreement);
    expect(() => ResultsSchema.parse({ ...without, agreement: { ...agreement, n: 'seven' } })).toThrow();
  });

  it('prints one line: the overall figure, the least agreeing problem, the time pass', () => {
    expect(agreementLine(agreement)).toBe(
      'agreement of instructions and time: Spearman 0.600 over 7 level ratios (median gap 1.25x); least agreeing: p1 0.400 (n 5, gap 1.50x); time pass 4 sample(s), 12.3 s',
    );
    expect(agreementLine({ ...agreement, n: 2, spearman: undefined, disagreements: [] })).toBe(
      'agreement of instructions and time: no Spearman: 2 level ratio(s) measured by both meters; time pass 4 sample(s), 12.3 s',
    );
  });

  it('has a section in index.html with the per-problem table and the disagreements, escaped; none without the check', () => {
    const html = renderIndexHtml(ResultsSchema.parse({ ...sampleResults(), agreement }), svgs);
    expect(html).toContain('<h2 id="agreement">Meter agreement</h2>');
    expect(html).toContain('Spearman 0.600 over 7 level ratios (median gap 1.25x)');
    expect(html).toMatch(/<table id="agreement-disagreements">.*<td>p1<\/td><td class="num" data-value="0.4">0.400<\/td>.*&lt;m&gt; #3, large.*2.000x.*6.000x/s);
    expect(html).toMatch(/<table id="agreement-problems" class="sortable">.*<td>p2<\/td><td class="num" data-value="2">2<\/td><td class="num" data-value="">-<\/td>/s);
    expect(html).not.toContain('<m>');
    expect(renderIndexHtml(sampleResults(), svgs)).not.toContain('Meter agreement');
  });
});
