// Charts as Vega-Lite specs rendered to self-contained SVG on the host (no browser, no network).
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Cost against n on log-log axes, one line per series. */
export function costCurveSpec(points: { n: number; cost: number; who: string }[], unit: string, title: string): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: 520,
    height: 320,
    data: { values: points },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'n', type: 'quantitative', scale: { type: 'log' }, title: 'input size n' },
      y: { field: 'cost', type: 'quantitative', scale: { type: 'log' }, title: `cost (${unit})` },
      color: { field: 'who', type: 'nominal', title: null },
      strokeDash: { condition: { test: "datum.who === 'candidate'", value: [1, 0] }, value: [4, 3] },
    },
  } as TopLevelSpec;
}
