import { describe, expect, it } from 'vitest';
import { heatmapCells, levelMeans } from '../../src/report/html/charts.ts';
import { metricCell, metricNames, renderIndexHtml } from '../../src/report/html/page.ts';
import { esc, h } from '../../src/report/html/template.ts';
import { renderHtml } from '../../src/report/write.ts';
import { sampleResults } from '../support/results.ts';

const svgs = { heatmap: '<svg id="h"></svg>', scatter: '<svg id="s"></svg>', levels: '<svg id="l"></svg>' };

describe('template helpers', () => {
  it('escape text and attributes', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(h('td', { title: '"><script>', hidden: true, skip: undefined }, '<b>').html).toBe('<td title="&quot;&gt;&lt;script&gt;" hidden>&lt;b&gt;</td>');
  });
  it('show an interval when there is one, else just the value', () => {
    expect(metricCell(0.84, { low: 0.79, high: 0.88 }).html).toBe('<td class="num" data-value="0.84">0.840 <span class="ci">[0.790, 0.880]</span></td>');
    expect(metricCell(0.5).html).toBe('<td class="num" data-value="0.5">0.500</td>');
  });
});

describe('chart data', () => {
  it('heatmap cells are eff@1 per entrant and problem', () => {
    expect(heatmapCells(sampleResults())).toEqual([
      { entrant: 'model-a', problem: 'p1', value: 1 },
      { entrant: 'model-a', problem: 'p2', value: 0.5 },
      { entrant: 'model-b', problem: 'p1', value: 0 },
      { entrant: 'model-b', problem: 'p2', value: 0.5 },
    ]);
  });
  it('level means average each level over the entrant samples', () => {
    // model-a small (1 + 1) / 2 = 1, large (1 + 0) / 2 = 0.5; model-b small (0 + 1) / 2, large 0.
    expect(levelMeans(sampleResults()).map((m) => [m.entrant, m.level, m.efficiency])).toEqual([
      ['model-a', 'small', 1],
      ['model-a', 'large', 0.5],
      ['model-b', 'small', 0.5],
      ['model-b', 'large', 0],
    ]);
  });
});

describe('index.html', () => {
  it('ranks entrants by eff@1, shows intervals when present, and a details section per problem', () => {
    const r = sampleResults();
    (r.entrants[1] as { intervals?: unknown }).intervals = { 'eff@1': { low: 0.1, high: 0.4 } };
    const html = renderIndexHtml(r, svgs);
    expect(metricNames(r)).toEqual(['pass@1', 'eff@1']);
    const rows = [...html.matchAll(/<tr><td class="num" data-value="(\d)">\d<\/td><td>([^<]+)<\/td>/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([
      ['1', 'model-a'],
      ['2', 'model-b'],
    ]);
    expect(html).toContain('0.250 <span class="ci">[0.100, 0.400]</span>');
    expect(html.match(/<details data-problem=/g)).toHaveLength(2);
    expect(html).toContain('<svg id="h"></svg>');
    // A censored level says so; a measured one shows cost and ratio.
    expect(html).toContain('small 100 (1.000x); large censored');
    expect(html).not.toMatch(/<(script|link)[^>]+src=|https?:\/\/(?!www\.w3\.org)/);
  });

  it('escapes every string from the results: names, origins, messages', async () => {
    const r = sampleResults(['<script>alert(1)</script>', 'model-"b"']);
    r.entrants[0]!.problems[0]!.samples[0]!.origin = '<img src=x onerror=alert(2)>';
    r.warnings.push('<iframe>');
    const html = await renderHtml(r);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<iframe>');
    expect(html).not.toContain('<b>4</b>');
    expect(html).toContain('expected 3, got &lt;b&gt;4&lt;/b&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // Only our own inline script.
    expect(html.match(/<script/g)).toHaveLength(1);
    // Three charts rendered to SVG, with marks in them.
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toMatch(/class="mark-rect role-mark/);
    expect(html).toMatch(/class="mark-symbol role-mark/);
  }, 60_000);
});
