// I/O shell of `brisk profile`: the numbers as JSON, the chart as SVG, and one HTML page with
// the verdict, correctness, score, per-level ratios to each tier, the chart and the fits.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { costCurveSpec, renderSvg } from '../report/chart.ts';
import { frag, h, raw } from '../report/html/template.ts';
import type { ProfileReport } from './profile.ts';

/** The files written; no chart when nothing was swept (a wrong candidate). */
export async function writeProfile(dir: string, report: ProfileReport): Promise<{ json: string; svg?: string; html: string }> {
  mkdirSync(dir, { recursive: true });
  const points = report.curves.flatMap((c) => c.points.flatMap((p) => (p.cost === undefined ? [] : [{ n: p.n, cost: p.cost, who: c.who }])));
  const svg = points.length > 0 ? await renderSvg(costCurveSpec(points, report.unit, `${report.problem}: cost against input size`)) : '';
  const files = { json: path.join(dir, 'profile.json'), svg: svg ? path.join(dir, 'profile.svg') : undefined, html: path.join(dir, 'profile.html') };
  writeFileSync(files.json, JSON.stringify(report, null, 2) + '\n');
  if (files.svg) writeFileSync(files.svg, svg);
  writeFileSync(files.html, renderProfileHtml(report, svg));
  return files;
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:62em;padding:0 1em;color:#1d232a}
td,th{padding:.25em .8em;text-align:left;border-bottom:1px solid #e4e8ec}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
table{border-collapse:collapse;margin:.6em 0}.fail{color:#cf222e}.pass{color:#1a7f37}code{overflow-wrap:anywhere}figure{margin:1em 0;overflow-x:auto}`;

const ratio = (r: number | undefined) => (r === undefined ? '-' : `${r.toFixed(2)}x`);

/** Pure: the page (every string escaped; the SVG is vega's, rendered from our numbers). */
export function renderProfileHtml(report: ProfileReport, svg: string): string {
  const c = report.candidate;
  const levels = report.tiers[0]?.levels.map((l) => l.name) ?? [];
  const correctness = c.passed
    ? h('p', { class: 'pass' }, 'Correct on every test.')
    : frag(
        h('p', { class: 'fail' }, `${c.status}${c.test ? ` on ${c.test}` : ''}`),
        c.message && h('p', {}, h('code', {}, c.message)),
        c.failingInput && h('p', {}, 'input: ', h('code', {}, c.failingInput)),
      );
  const body = frag(
    h('h1', {}, `${report.problem} (${report.language}, meter ${report.meter})`),
    h('p', {}, h('b', {}, report.verdict)),
    h('h2', {}, 'Correctness'),
    correctness,
    c.passed && h('p', {}, `Efficiency score against the expert: ${c.score.toFixed(3)}`),
    report.tiers.length > 0 &&
      frag(
        h('h2', {}, "Cost per level, divided by each tier's"),
        h(
          'table',
          { id: 'ratios' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', {}, 'tier'),
              levels.map((l) => h('th', { class: 'num' }, l)),
            ),
          ),
          h(
            'tbody',
            {},
            report.tiers.map((t) =>
              h(
                'tr',
                {},
                h('td', {}, t.tier),
                t.levels.map((l) => h('td', { class: 'num' }, ratio(l.ratio))),
              ),
            ),
          ),
        ),
      ),
    svg && frag(h('h2', {}, 'Size sweep'), h('figure', {}, raw(svg))),
    report.curves.length > 0 &&
      h(
        'table',
        { id: 'fits' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['series', 'class', 'fit error', 'log-log slope', 'note'].map((x) => h('th', {}, x)),
          ),
        ),
        h(
          'tbody',
          {},
          report.curves.map((cv) =>
            h(
              'tr',
              {},
              h('td', {}, cv.who),
              h('td', {}, cv.fit?.best.name ?? '-'),
              h('td', { class: 'num' }, cv.fit ? `${(cv.fit.best.relError * 100).toFixed(1)}%` : '-'),
              h('td', { class: 'num' }, cv.fit ? cv.fit.logLogSlope.toFixed(2) : '-'),
              h('td', {}, cv.failure ?? ''),
            ),
          ),
        ),
      ),
  );
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Brisk profile: ${report.problem.replace(/[<&]/g, '')}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body.html}\n</body>\n</html>\n`;
}
