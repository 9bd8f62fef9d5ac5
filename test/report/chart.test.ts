import { describe, expect, it } from 'vitest';
import { costCurveSpec, renderSvg } from '../../src/report/chart.ts';

describe('cost curve chart', () => {
  const points = [
    { n: 10, cost: 100, who: 'candidate' },
    { n: 100, cost: 10_000, who: 'candidate' },
    { n: 10, cost: 50, who: 'expert' },
    { n: 100, cost: 500, who: 'expert' },
  ];

  it('plots cost against n on log-log axes, one series per entrant, the unit in the axis title', () => {
    const spec = costCurveSpec(points, 'instructions', 'pair-sum-count') as unknown as {
      title: string;
      data: { values: unknown[] };
      encoding: { x: { scale: { type: string } }; y: { scale: { type: string }; title: string }; color: { field: string } };
    };
    expect(spec.title).toBe('pair-sum-count');
    expect(spec.data.values).toHaveLength(4);
    expect(spec.encoding.x.scale.type).toBe('log');
    expect(spec.encoding.y.scale.type).toBe('log');
    expect(spec.encoding.y.title).toBe('cost (instructions)');
    expect(spec.encoding.color.field).toBe('who');
  });

  it('renders a self-contained SVG naming both series', async () => {
    const svg = await renderSvg(costCurveSpec(points, 'ns', 'toy'));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('candidate');
    expect(svg).toContain('expert');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});
