// I/O shell of `brisk profile`: the numbers as JSON, the chart as SVG, both in one HTML page.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { costCurveSpec, renderSvg } from '../report/chart.ts';
import type { ProfileReport } from './profile.ts';

export async function writeProfile(dir: string, report: ProfileReport): Promise<{ json: string; svg: string; html: string }> {
  mkdirSync(dir, { recursive: true });
  const points = report.curves.flatMap((c) => c.points.flatMap((p) => (p.cost === undefined ? [] : [{ n: p.n, cost: p.cost, who: c.who }])));
  const svg = await renderSvg(costCurveSpec(points, report.unit, `${report.problem}: cost against input size`));
  const files = { json: path.join(dir, 'profile.json'), svg: path.join(dir, 'profile.svg'), html: path.join(dir, 'profile.html') };
  writeFileSync(files.json, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(files.svg, svg);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = report.curves
    .map((c) => `<tr><td>${esc(c.who)}</td><td>${c.fit ? esc(c.fit.best.name) : '-'}</td><td>${c.fit ? (c.fit.best.relError * 100).toFixed(1) + '%' : '-'}</td><td>${c.fit ? c.fit.logLogSlope.toFixed(2) : '-'}</td></tr>`)
    .join('');
  writeFileSync(
    files.html,
    `<!doctype html><meta charset="utf-8"><title>Brisk profile: ${esc(report.problem)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:60em}td,th{padding:.2em .8em;text-align:left}</style>
<h1>${esc(report.problem)} (${esc(report.language)}, ${esc(report.meter)})</h1>
<p><b>${esc(report.verdict)}</b></p>${svg}
<table><tr><th>series</th><th>class</th><th>fit error</th><th>log-log slope</th></tr>${rows}</table>`,
  );
  return files;
}
