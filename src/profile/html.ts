// Pure: profile.html, one self-contained page: verdicts, the cost chart beside the per-line
// curves, the fit table, the candidate's annotated source beside the expert's, the other tiers
// folded, and with a second version the comparison. Every string from the report is escaped.
import type { Comparison } from './compare.ts';
import { lastTraced, type LineProfile } from './lines.ts';
import type { Curve, ProfileReport } from './profile.ts';
import { fmtCount, fmtFactor, fmtShare } from './verdict.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `body{font:14px system-ui,sans-serif;margin:2em;max-width:110em}td,th{padding:.15em .6em;text-align:left;vertical-align:top}
.row{display:flex;gap:2em;align-items:flex-start;overflow-x:auto}.row>div{flex:none}.src{border-collapse:collapse;font:12px ui-monospace,monospace}
.src td{padding:0 .5em;white-space:pre}.src td.n{text-align:right;color:#555}.src tr.hot{background:#ffe3c4}.src tr.warm{background:#fff4e0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}.fail{color:#cf222e}.pass{color:#1a7f37}figure{margin:0}
.bar{display:inline-block;height:.7em;background:#d9480f;vertical-align:middle}.chg{background:#ffe3c4}h2{margin-top:1.5em}`;

export function profileHtml(r: ProfileReport, costSvg: string, lineSvgs: { who: string; svg: string }[]): string {
  const label = (who: string) => (r.comparison && who === 'candidate' ? r.comparison.labels[0] : r.comparison && who === 'other' ? r.comparison.labels[1] : who);
  const fits = r.curves
    .map(
      (c) =>
        `<tr><td>${esc(label(c.who))}</td><td>${c.fit ? esc(c.fit.best.name) : '-'}</td><td>${c.fit ? (c.fit.best.relError * 100).toFixed(1) + '%' : '-'}</td><td>${c.fit ? c.fit.logLogSlope.toFixed(2) : '-'}</td><td>${esc(c.failure ?? c.lines?.failure ?? '')}</td></tr>`,
    )
    .join('');
  const mine = r.curves.find((c) => c.who === 'candidate');
  const other = r.curves.find((c) => c.who === 'other');
  const expert = r.curves.find((c) => c.who === 'expert');
  const tiers = r.curves.filter((c) => !['candidate', 'other', 'expert'].includes(c.who) && c.lines);
  const side = [mine, other, expert].filter((c): c is Curve => c?.lines !== undefined && c.source !== undefined);
  return `<!doctype html><meta charset="utf-8"><title>Brisk profile: ${esc(r.problem)}</title><style>${STYLE}</style>
<h1>${esc(r.problem)} (${esc(r.language)}, ${esc(r.meter)})</h1>
<p><b>${esc(r.verdict)}</b></p>${r.lineVerdict ? `<p><b>${esc(r.lineVerdict)}</b></p>` : ''}${r.comparison ? `<p><b>${esc(r.comparison.labels[1])} against ${esc(r.comparison.labels[0])}: ${esc(r.comparison.verdict)}</b></p>` : ''}
${correctness(r)}
<div class="row">${costSvg ? `<div><figure>${costSvg}</figure></div>` : ''}${lineSvgs.map((l) => `<div>${l.svg}</div>`).join('')}</div>
${r.curves.length > 0 ? `<table id="fits"><tr><th>series</th><th>class</th><th>fit error</th><th>log-log slope</th><th>note</th></tr>${fits}</table>` : ''}
${side.length > 0 ? `<h2>Lines</h2><p>Executions per call at the largest traced size, growth fitted over the sweep, and the modelled share of the ${esc(r.unit)} (executions, times the line's bytecode instructions in Python, times a cost per unit fitted per growth class to the meter's counts: see docs/profile.md).</p><div class="row">${side.map((c) => `<div><h3>${esc(label(c.who))}</h3>${annotatedTable(c.source!, c.lines!)}${modelNote(c.lines!)}</div>`).join('')}</div>` : ''}
${tiers.map((c) => `<details><summary>${esc(c.who)} tier</summary>${annotatedTable(c.source!, c.lines!)}${modelNote(c.lines!)}</details>`).join('')}
${r.comparison ? comparisonHtml(r.comparison) : ''}`;
}

/** Correctness, the score against the expert, and the per-level ratio to every tier. */
function correctness(r: ProfileReport): string {
  const c = r.candidate;
  if (!c.passed) {
    return `<h2>Correctness</h2><p class="fail">${esc(`${c.status}${c.test ? ` on ${c.test}` : ''}`)}</p>${c.message ? `<p><code>${esc(c.message)}</code></p>` : ''}${c.failingInput ? `<p>input: <code>${esc(c.failingInput)}</code></p>` : ''}`;
  }
  const levels = r.tiers[0]?.levels.map((l) => l.name) ?? [];
  const ratio = (x: number | undefined) => (x === undefined ? '-' : `${x.toFixed(2)}x`);
  const rows = r.tiers.map((t) => `<tr><td>${esc(t.tier)}</td>${t.levels.map((l) => `<td class="num">${ratio(l.ratio)}</td>`).join('')}</tr>`).join('');
  const table =
    r.tiers.length > 0 ? `<h2>Cost per level, divided by each tier's</h2><table id="ratios"><tr><th>tier</th>${levels.map((l) => `<th class="num">${esc(l)}</th>`).join('')}</tr>${rows}</table>` : '';
  return `<h2>Correctness</h2><p class="pass">Correct on every test.</p><p>Efficiency score against the expert: ${c.score.toFixed(3)}</p>${table}`;
}

export function annotatedTable(source: string, p: LineProfile): string {
  const k = lastTraced(p);
  const rows = new Map(p.lines.map((row) => [row.line, row]));
  const head = `<tr><th>line</th><th>count${k >= 0 ? ` @n=${p.sizes[k]}` : ''}</th><th>growth</th><th>share</th><th>code</th></tr>`;
  const body = source
    .replace(/\n$/, '')
    .split('\n')
    .map((text, i) => {
      const row = rows.get(i + 1);
      const cls = row && row.line === p.hot?.line ? ' class="hot"' : (row?.share ?? 0) >= 0.1 ? ' class="warm"' : '';
      const bar = row?.share ? `<span class="bar" style="width:${Math.max(1, Math.round(row.share * 60))}px"></span> ` : '';
      return `<tr${cls}><td class="n">${i + 1}</td><td class="n">${row && k >= 0 ? fmtCount(row.counts[k] ?? 0) : ''}</td><td>${esc(row?.growth ?? '')}</td><td>${bar}${fmtShare(row?.share)}</td><td>${esc(text)}</td></tr>`;
    })
    .join('');
  return `<table class="src">${head}${body}</table>`;
}

function modelNote(p: LineProfile): string {
  const a = p.attribution;
  const parts: string[] = [];
  if (a) {
    parts.push(`model fit error ${(a.fitError * 100).toFixed(1)}%`);
    if (a.holdoutError !== undefined) parts.push(`predicts n=${a.n} from the smaller sizes within ${(a.holdoutError * 100).toFixed(1)}%`);
    parts.push(`fixed per call ${fmtShare(a.fixedShare) || '0%'}`);
  }
  if (p.failure) parts.push(p.failure);
  return parts.length > 0 ? `<p>${esc(parts.join('; '))}</p>` : '';
}

function comparisonHtml(c: Comparison): string {
  const [la, lb] = c.labels;
  const levels = c.levels
    .map(
      (l) => `<tr><td>${esc(l.name)}</td><td>${l.ratio === undefined ? '-' : fmtFactor(l.ratio) + 'x'}</td><td>${l.low === undefined ? '-' : `[${fmtFactor(l.low)}, ${fmtFactor(l.high!)}]`}</td></tr>`,
    )
    .join('');
  const g = (x?: { class: string; slope: number }) => (x ? `${esc(x.class)} (slope ${x.slope.toFixed(2)})` : '-');
  const lines = c.lines
    .map((l) => {
      const changed = l.change !== 'same' && (l.growthA !== undefined || l.growthB !== undefined);
      return `<tr${changed ? ' class="chg"' : ''}><td class="n">${l.a ?? ''}</td><td>${l.a === undefined ? '' : esc(l.text)}</td><td>${esc(l.growthA ?? '')}</td><td class="n">${l.b ?? ''}</td><td>${l.b === undefined ? '' : esc(l.text)}</td><td>${esc(l.growthB ?? '')}</td></tr>`;
    })
    .join('');
  return `<h2>${esc(lb)} against ${esc(la)}</h2>
<p>Growth: ${esc(la)} ${g(c.growth.a)}; ${esc(lb)} ${g(c.growth.b)}.</p>
<table><tr><th>level</th><th>cost ${esc(lb)} / ${esc(la)}</th><th>95% interval (paired bootstrap over the level's tests)</th></tr>${levels}</table>
<h3>Side by side (lines matched by content; highlighted where growth changed)</h3>
<table class="src"><tr><th></th><th>${esc(la)}</th><th>growth</th><th></th><th>${esc(lb)}</th><th>growth</th></tr>${lines}</table>`;
}
