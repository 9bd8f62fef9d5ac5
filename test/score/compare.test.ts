import { describe, expect, it } from 'vitest';
import { compareEntrants, type ProblemValues } from '../../src/score/compare.ts';

const p = (id: string, values: Record<string, number>, n = 1): ProblemValues => ({ id, n, values });
const boot = { seed: 11, resamples: 10_000 };

describe('compareEntrants', () => {
  // A and B on four problems; B did not attempt p4, A did not attempt p5.
  const a = [p('p1', { 'eff@1': 0.9, NET: 1.0 }), p('p2', { 'eff@1': 0.5, NET: 2.0 }), p('p3', { 'eff@1': 0.4 }), p('p4', { 'eff@1': 1 }), p('p5', {}, 0)];
  const b = [p('p1', { 'eff@1': 0.7, NET: 1.5 }), p('p2', { 'eff@1': 0.5, NET: 1.0 }), p('p3', { 'eff@1': 0.6, NET: 1.2 }), p('p4', {}, 0), p('p5', { 'eff@1': 1 })];
  const out = compareEntrants(a, b, { 'eff@1': 'higher', NET: 'lower', DPS: 'higher' }, boot);

  it('pairs the problems both attempted and counts wins by each metric direction', () => {
    const eff = out.find((m) => m.metric === 'eff@1')!;
    // Shared: p1, p2, p3. Differences 0.2, 0, -0.2: mean 0; one win, one tie, one loss; win rate (1 + 0.5) / 3 = 0.5
    expect(eff).toMatchObject({ problems: 3, wins: 1, ties: 1, losses: 1 });
    expect(eff.meanDifference).toBeCloseTo(0, 15);
    expect(eff.winRate).toBe(0.5);
    expect(eff.interval!.low).toBeLessThan(0);
    expect(eff.interval!.high).toBeGreaterThan(0);
    // NET: p3 has no value for A, so p1, p2 only. Differences -0.5 (A faster: win), +1 (A slower: loss); mean 0.25.
    const net = out.find((m) => m.metric === 'NET')!;
    expect(net).toMatchObject({ problems: 2, wins: 1, ties: 0, losses: 1, meanDifference: 0.25, winRate: 0.5 });
    // Two differences -0.5 and 1: resampled means are -0.5, 0.25 or 1, so the 95% interval is [-0.5, 1].
    expect(net.interval).toEqual({ low: -0.5, high: 1 });
  });

  it('leaves out metrics neither has, and is reproducible by seed', () => {
    expect(out.map((m) => m.metric)).toEqual(['eff@1', 'NET']);
    expect(compareEntrants(a, b, { 'eff@1': 'higher' }, boot)).toEqual(out.slice(0, 1));
  });

  it('an entrant always beats a worse copy of itself', () => {
    const worse = a.map((x) => ({ ...x, values: { 'eff@1': (x.values['eff@1'] ?? 0) - 0.1 } }));
    const m = compareEntrants(a, worse, { 'eff@1': 'higher' }, boot)[0]!;
    // p1..p4 shared (p5 not attempted by a): every difference is +0.1.
    expect(m).toMatchObject({ problems: 4, wins: 4, ties: 0, losses: 0, winRate: 1 });
    expect(m.meanDifference).toBeCloseTo(0.1, 12);
    expect(m.interval!.low).toBeCloseTo(0.1, 12);
  });
});
