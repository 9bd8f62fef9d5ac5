// I/O shell of `brisk profile`: the numbers as JSON, the charts as SVG, all in one HTML page.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { costCurveSpec, renderSvg } from '../report/chart.ts';
import { makeFolder } from '../report/write.ts';
import { profileHtml } from './html.ts';
import { lastTraced } from './lines.ts';
import type { Curve, ProfileReport } from './profile.ts';

/** Lines drawn per series in the per-line chart: the costliest at the largest traced size. */
const CURVE_LINES = 6;

export async function writeProfile(dir: string, report: ProfileReport): Promise<{ json: string; svg?: string; html: string }> {
  makeFolder(dir);
  const label = (who: string) => (report.comparison && who === 'candidate' ? report.comparison.labels[0] : report.comparison && who === 'other' ? report.comparison.labels[1] : who);
  const points = report.curves.flatMap((c) => c.points.flatMap((p) => (p.cost === undefined ? [] : [{ n: p.n, cost: p.cost, who: c.who === 'candidate' ? 'candidate' : label(c.who) }])));
  // Nothing swept (a wrong candidate): no chart.
  const svg = points.length > 0 ? await renderSvg(costCurveSpec(points, report.unit, `${report.problem}: cost against input size`)) : '';
  const lineSvgs: { who: string; svg: string }[] = [];
  for (const c of report.curves.filter((x) => ['candidate', 'other'].includes(x.who) && x.lines)) {
    const spec = lineCurveSpec(c, `${label(c.who)}: executions per call of its busiest lines`);
    if (spec) lineSvgs.push({ who: c.who, svg: await renderSvg(spec) });
  }
  const files = { json: path.join(dir, 'profile.json'), svg: svg ? path.join(dir, 'profile.svg') : undefined, html: path.join(dir, 'profile.html') };
  writeFileSync(files.json, JSON.stringify(report, null, 2) + '\n');
  if (files.svg) writeFileSync(files.svg, svg);
  writeFileSync(files.html, profileHtml(report, svg, lineSvgs));
  return files;
}

/** Count against n, log-log, one series per line (the costliest few), as the cost chart draws. */
function lineCurveSpec(c: Curve, title: string): TopLevelSpec | undefined {
  const p = c.lines!;
  const k = lastTraced(p);
  const weight = (r: (typeof p.lines)[number]) => r.share ?? r.executionShare ?? r.counts[k] ?? 0;
  const top = [...p.lines]
    .filter((r) => r.growth)
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, CURVE_LINES);
  const points = top.flatMap((r) =>
    p.sizes.flatMap((n, j) => (r.counts[j] === null || !(r.counts[j]! > 0) ? [] : [{ n, cost: r.counts[j]!, who: `line ${r.line} ${r.growth}${r.line === p.hot?.line ? ' (hot)' : ''}` }])),
  );
  if (points.length === 0) return undefined;
  const spec = costCurveSpec(points, 'executions', title) as TopLevelSpec & { width: number; encoding: { y: { title: string } } };
  spec.encoding.y.title = 'executions per call';
  spec.width = 420;
  return spec;
}
