import { beforeAll, describe, expect, it } from 'vitest';
import { leaderboardHeader, leaderboardRows, renderMarkdown, statusCounts } from '../../src/report/leaderboard.ts';
import { sampleResults } from '../support/results.ts';
import type { Results } from '../../src/report/schema.ts';
import { mockResults, model, slow } from '../support/tier-run.ts';

describe('leaderboard', () => {
  let r: Results;
  beforeAll(async () => {
    r = await mockResults([slow, model]);
  });

  it('ranks by eff@k and shows each headline figure with its interval', () => {
    expect(leaderboardHeader(r)).toEqual(['#', 'entrant', 'pass@1', 'eff@1', 'efficient@1', 'speedup', 'DPS_norm', 'problems', 'samples']);
    const [first, second] = leaderboardRows(r);
    // model: eff@1 = (1 + 1.5 + 0) / 3 = 0.833; one problem, so every interval is the value.
    // efficient@1 2/3; speedup sqrt(2) = 1.41; DPS_norm (100 + 100 + 0) / 3 = 66.7
    expect(first).toEqual(['1', 'model', '0.667 [0.667, 0.667]', '0.833 [0.833, 0.833]', '0.667 [0.667, 0.667]', '1.41 [1.41, 1.41]', '66.7 [66.7, 66.7]', '1', '3']);
    // slow: STANDARD twice (r = 3: score 0, correct, slower than the expert), WRONG:
    // speedup = 600/1800 = 0.33; DPS_norm: STANDARD matches naive (censored) and standard: 100 * 2/3 each -> (66.7 * 2 + 0) / 3 = 44.4
    expect(second!.slice(1)).toEqual(['slow', '0.667 [0.667, 0.667]', '0.000 [0.000, 0.000]', '0.000 [0.000, 0.000]', '0.33 [0.33, 0.33]', '44.4 [44.4, 44.4]', '1', '3']);
  });

  it('Markdown adds Beyond and NET, and names the bootstrap', () => {
    const md = renderMarkdown(r);
    expect(md).toMatch(/\| # \| entrant \| pass@1 \| eff@1 \| efficient@1 \| speedup \| DPS_norm \| Beyond \| NET \| problems \| samples \|/);
    expect(md).toMatch(/bootstrap 95% interval over problems \(2000 resamples, seed 20261129\)/);
  });

  it('shows a dash for a metric an entrant lacks, and a bare value without an interval', () => {
    const stripped: Results = {
      ...r,
      entrants: r.entrants.map((e) => {
        if (e.name !== 'model') return e;
        const { speedup: _dropped, ...summary } = e.summary;
        return { ...e, summary, intervals: undefined };
      }),
    };
    expect(leaderboardRows(stripped)[0]!.slice(1, 6)).toEqual(['model', '0.667', '0.833', '0.667', '-']);
    // Nobody has it: the column goes.
    const none: Results = { ...r, entrants: r.entrants.map((e) => ({ ...e, summary: { ...e.summary, DPS_norm: undefined as unknown as number } })) };
    expect(leaderboardHeader(none)).not.toContain('DPS_norm');
  });
});

describe('leaderboard.md per problem', () => {
  it('lists each problem once, with every status its samples ended in', async () => {
    const r = sampleResults();
    // A JavaScript reference of p1 as well: the problem is still one row.
    r.references.push({ ...r.references[0]!, language: 'javascript', error: 'the javascript expert disagrees' });
    const md = renderMarkdown(r);
    const section = md.slice(md.indexOf('## Per problem'));
    expect(section).toMatch(/^## Per problem \(eff@1, and how many samples ended in each status\)$/m);
    const rows = section.split('\n').filter((l) => /^\| p\d/.test(l));
    expect(rows).toEqual(['| p1 (javascript reference failed) | 1.000 (passed 1) | 0.000 (wrong_answer 1) |', '| p2 | 0.500 (passed 1) | 0.500 (timeout 1) |']);
    expect(statusCounts(['passed', 'timeout', 'passed', 'error', 'error', 'error'])).toBe('error 3, passed 2, timeout 1');
  });
});
