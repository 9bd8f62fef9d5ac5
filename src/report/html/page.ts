// Pure: results.json (+ the charts' SVG) -> the self-contained index.html of a run.
import type { Results } from '../schema.ts';
import { agreementSection } from './agreement.ts';
import { SCRIPT, STYLE } from './assets.ts';
import { esc, frag, h, num, raw, type Html } from './template.ts';

type Entrant = Results['entrants'][number];
type Sample = Entrant['problems'][number]['samples'][number];
type Interval = { low: number; high: number };

export interface ChartSvgs {
  heatmap: string;
  scatter: string;
  levels: string;
}

/** Summary metrics in a stable order: the first entrant's key order, then any others. */
export function metricNames(r: Results): string[] {
  const names: string[] = [];
  for (const e of r.entrants) for (const k of Object.keys(e.summary)) if (k !== 'problems' && k !== 'samples' && !names.includes(k)) names.push(k);
  return names;
}

/** Confidence intervals, when the run computed them (results.json `entrants[].intervals`). */
function intervalsOf(e: Entrant): Record<string, Interval> {
  return (e as Entrant & { intervals?: Record<string, Interval> }).intervals ?? {};
}

/** `0.840 [0.790, 0.880]`, or just the value without an interval. */
export function metricCell(value: number | undefined, ci?: Interval): Html {
  return h('td', { class: 'num', 'data-value': value ?? '' }, num(value), ci && frag(' ', h('span', { class: 'ci' }, `[${num(ci.low)}, ${num(ci.high)}]`)));
}

/** The columns shown at once: pass@k and eff@k for every k, then the field's headline figures. */
export function headlineMetrics(r: Results): string[] {
  const all = metricNames(r);
  const k1 = r.config.ks[0] ?? 1;
  const wanted = [...r.config.ks.flatMap((k) => [`pass@${k}`, `eff@${k}`]), `efficient@${k1}`, 'speedup', 'DPS_norm', 'NET'];
  return wanted.filter((m) => all.includes(m));
}

/** The headline table (sortable, filterable), and every metric in a second table opened on demand. */
function leaderboard(r: Results): Html {
  const headline = headlineMetrics(r);
  const rest = metricNames(r);
  return frag(
    h('input', { type: 'search', id: 'leaderboard-search', placeholder: 'filter entrants', 'data-filter': '.leaderboard tbody tr', 'aria-label': 'filter entrants' }),
    metricTable(r, 'leaderboard', headline),
    rest.length > headline.length &&
      h('details', { id: 'all-metrics' }, h('summary', {}, `All ${rest.length} metrics (definitions in results.json)`), h('div', { class: 'scroll' }, metricTable(r, 'leaderboard-all', rest))),
  );
}

function metricTable(r: Results, id: string, metrics: string[]): Html {
  const first = `eff@${r.config.ks[0] ?? 1}`;
  const ranked = [...r.entrants].sort((a, b) => (b.summary[first] ?? 0) - (a.summary[first] ?? 0));
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      h('th', { class: 'num' }, '#'),
      h('th', {}, 'entrant'),
      metrics.map((m) => h('th', { class: 'num' }, m)),
      h('th', { class: 'num' }, 'problems'),
      h('th', { class: 'num' }, 'samples'),
    ),
  );
  const rows = ranked.map((e, i) => {
    const ci = intervalsOf(e);
    return h(
      'tr',
      {},
      h('td', { class: 'num', 'data-value': i + 1 }, i + 1),
      h('td', {}, e.name),
      metrics.map((m) => metricCell(e.summary[m], ci[m])),
      h('td', { class: 'num', 'data-value': e.summary.problems ?? 0 }, e.summary.problems ?? 0),
      h('td', { class: 'num', 'data-value': e.summary.samples ?? 0 }, e.summary.samples ?? 0),
    );
  });
  return h('table', { id, class: 'sortable leaderboard' }, head, h('tbody', {}, rows));
}

const FAILED = new Set(['wrong_answer', 'error', 'crashed', 'compile_error', 'sandbox_error']);

function levelCosts(s: Sample): string {
  return s.levels.map((l) => `${l.name} ${l.cost === undefined ? (l.censored ? 'censored' : '-') : `${num(l.cost)} (${num(l.ratio)}x)`}`).join('; ');
}

function sampleRow(e: Entrant, s: Sample): Html {
  const statusClass = s.status === 'passed' ? 'status-passed' : FAILED.has(s.status) ? 'status-fail' : `status-${s.status}`;
  return h(
    'tr',
    {},
    h('td', {}, e.name),
    h('td', { class: 'num' }, s.index),
    h('td', {}, h('code', {}, s.origin)),
    h('td', {}, s.language),
    h('td', { class: statusClass }, s.status),
    h('td', { class: 'num' }, num(s.score)),
    h('td', {}, levelCosts(s)),
    h('td', { class: 'msg' }, [s.test ? `${s.test}: ` : '', s.message ?? '']),
  );
}

function problemSection(r: Results, id: string, unit: string): Html {
  const ref = r.references.filter((x) => x.id === id);
  const first = `eff@${r.config.ks[0] ?? 1}`;
  const scores = r.entrants.map((e) => {
    const p = e.problems.find((x) => x.id === id);
    return p && p.n > 0 ? `${e.name} ${num(p[first] as number)}` : undefined;
  });
  const rows = r.entrants.flatMap((e) => (e.problems.find((x) => x.id === id)?.samples ?? []).map((s) => sampleRow(e, s)));
  const refLine = ref.map((x) =>
    x.error
      ? h('li', { class: 'status-fail' }, `${x.language} reference failed: ${x.error}`)
      : h('li', {}, `${x.language} reference ${x.tier ?? ''}: ${(x.levelCosts ?? []).map((l) => `${l.name} ${num(l.cost)} ${unit}`).join(', ')}`),
  );
  return h(
    'details',
    { 'data-problem': id },
    h('summary', {}, h('strong', {}, id), ` - ${first}: ${scores.filter(Boolean).join(', ') || 'no samples'}`),
    h('ul', {}, refLine),
    rows.length > 0
      ? h(
          'table',
          { class: 'sortable' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['entrant', '#', 'origin', 'language', 'status', 'score', `cost per level (${unit}; x reference)`, 'message'].map((c) => h('th', {}, c)),
            ),
          ),
          h('tbody', {}, rows),
        )
      : h('p', {}, 'No samples.'),
  );
}

export function renderIndexHtml(r: Results, charts: ChartSvgs): string {
  const env = r.environment;
  const unit = env.meter.unit;
  const meta =
    `Meter ${env.meter.name} (${env.meter.reason}); scoring ${r.config.scoring}, alpha ${r.config.alpha}, seed ${r.config.suiteSeed}; ` +
    `${env.interpreter.language} ${env.interpreter.version}; isolation ${env.isolation.label}; ${env.machine.cpu}, ${env.machine.cores} cores; ` +
    `Brisk ${env.brisk}, harness ${env.harnessVersion}; ${r.createdAt}.`;
  const warnings = [...env.isolation.notes, ...r.warnings];
  const body = frag(
    h('h1', {}, `Brisk leaderboard: ${r.runId}`),
    h('p', { class: 'meta' }, meta),
    h('h2', {}, 'Leaderboard'),
    leaderboard(r),
    h('h2', {}, 'Charts'),
    h(
      'div',
      { class: 'charts' },
      // The SVG is vega's output for specs built from escaped-by-vega data; it is trusted markup.
      h('figure', { id: 'chart-heatmap' }, raw(charts.heatmap)),
      h('figure', { id: 'chart-scatter' }, raw(charts.scatter)),
      h('figure', { id: 'chart-levels' }, raw(charts.levels)),
    ),
    agreementSection(r),
    h('h2', {}, 'Problems'),
    h('input', { type: 'search', id: 'problem-search', placeholder: 'filter problems', 'data-filter': '#problems details', 'aria-label': 'filter problems' }),
    h(
      'div',
      { id: 'problems' },
      r.config.problems.map((id) => problemSection(r, id, unit)),
    ),
    warnings.length > 0 &&
      frag(
        h('h2', {}, 'Warnings'),
        h(
          'ul',
          { class: 'warnings' },
          warnings.map((w) => h('li', {}, w)),
        ),
      ),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`Brisk: ${r.runId}`)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.html}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
