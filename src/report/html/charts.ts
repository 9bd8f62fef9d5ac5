// Pure: the report's charts as Vega-Lite specs built from results.json. Rendering to SVG
// happens once, at report time (chart.ts), so the page needs no script library and no network.
import type { TopLevelSpec } from 'vega-lite';
import type { Results } from '../schema.ts';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

export interface LevelMean {
  entrant: string;
  level: string;
  /** Mean level efficiency over the entrant's samples that have this level. */
  efficiency: number;
  samples: number;
}

/** First k's metrics: the headline numbers of the charts. */
export function headline(r: Results): { pass: string; eff: string } {
  const k = r.config.ks[0] ?? 1;
  return { pass: `pass@${k}`, eff: `eff@${k}` };
}

export function heatmapCells(r: Results): { entrant: string; problem: string; value: number }[] {
  const { eff } = headline(r);
  return r.entrants.flatMap((e) => e.problems.filter((p) => p.n > 0).map((p) => ({ entrant: e.name, problem: p.id, value: (p[eff] as number) ?? 0 })));
}

/** Level names in the order problems list them; entrants in results order. */
export function levelMeans(r: Results): LevelMean[] {
  const out: LevelMean[] = [];
  for (const e of r.entrants) {
    const sums = new Map<string, { total: number; n: number }>();
    for (const p of e.problems) {
      for (const s of p.samples) {
        for (const l of s.levels) {
          const acc = sums.get(l.name) ?? { total: 0, n: 0 };
          acc.total += l.efficiency;
          acc.n += 1;
          sums.set(l.name, acc);
        }
      }
    }
    for (const [level, { total, n }] of sums) out.push({ entrant: e.name, level, efficiency: total / n, samples: n });
  }
  return out;
}

export function heatmapSpec(r: Results): TopLevelSpec {
  const { eff } = headline(r);
  const cells = heatmapCells(r);
  return {
    $schema: SCHEMA,
    title: `${eff} per model and problem`,
    data: { values: cells },
    width: { step: 34 },
    height: { step: 24 },
    encoding: {
      x: { field: 'problem', type: 'nominal', title: null, axis: { labelAngle: -40 } },
      y: { field: 'entrant', type: 'nominal', title: null },
    },
    layer: [
      { mark: 'rect', encoding: { color: { field: 'value', type: 'quantitative', title: eff, scale: { domain: [0, 1], clamp: true, scheme: 'viridis' } } } },
      {
        mark: { type: 'text', fontSize: 9 },
        encoding: {
          text: { field: 'value', type: 'quantitative', format: '.2f' },
          color: { condition: { test: 'datum.value > 0.6', value: 'black' }, value: 'white' },
        },
      },
    ],
  } as TopLevelSpec;
}

export function scatterSpec(r: Results): TopLevelSpec {
  const { pass, eff } = headline(r);
  const points = r.entrants.map((e) => ({ entrant: e.name, pass: e.summary[pass] ?? 0, eff: e.summary[eff] ?? 0 }));
  // eff is not clipped at 1 (a sample can beat the expert), so its axis ends past the largest
  // value. Points are named by the legend, not by text beside them (labels of close points
  // overlapped), and the scales keep a margin so no point sits on or past an axis.
  const effMax = Math.ceil(Math.max(1, ...points.map((p) => p.eff)) * 4) / 4;
  const ticks = (max: number) => Array.from({ length: Math.round(max * 4) + 1 }, (_, i) => i / 4);
  return {
    $schema: SCHEMA,
    title: `${eff} against ${pass}`,
    width: 360,
    height: 300,
    data: { values: points },
    mark: { type: 'point', filled: true, size: 80, clip: true },
    encoding: {
      x: { field: 'pass', type: 'quantitative', title: pass, scale: { domain: [0, 1], nice: false, padding: 10 }, axis: { values: ticks(1), format: '.2f' } },
      y: { field: 'eff', type: 'quantitative', title: eff, scale: { domain: [0, effMax], nice: false, padding: 10 }, axis: { values: ticks(effMax), format: '.2f' } },
      color: { field: 'entrant', type: 'nominal', title: null, legend: { orient: 'right', labelLimit: 160 } },
      shape: { field: 'entrant', type: 'nominal', title: null },
    },
  } as TopLevelSpec;
}

export function levelSpec(r: Results): TopLevelSpec {
  const means = levelMeans(r);
  const levels = [...new Set(means.map((m) => m.level))];
  return {
    $schema: SCHEMA,
    title: 'Mean level efficiency per entrant',
    width: { step: 16 },
    height: 240,
    data: { values: means },
    mark: 'bar',
    encoding: {
      x: { field: 'level', type: 'nominal', sort: levels, title: 'level', axis: { labelAngle: 0 } },
      xOffset: { field: 'entrant', type: 'nominal' },
      // Efficiencies are not clipped at 1: the axis reaches the largest bar.
      y: { field: 'efficiency', type: 'quantitative', title: 'mean efficiency', scale: { domain: [0, Math.max(1, ...means.map((m) => m.efficiency))], nice: true } },
      color: { field: 'entrant', type: 'nominal', title: null },
    },
  } as TopLevelSpec;
}
