// Pure: the report's "Meter agreement" section (`brisk run --check-agreement`).
import { type AgreementResults, gap, overall, rho } from '../agreement.ts';
import type { Results } from '../schema.ts';
import { frag, h, num, type Html } from './template.ts';

const head = (cells: string[]) =>
  h(
    'thead',
    {},
    h(
      'tr',
      {},
      cells.map((c, i) => h('th', i === 0 ? {} : { class: 'num' }, c)),
    ),
  );
const cell = (text: string | number, value?: number) => h('td', { class: 'num', 'data-value': value ?? '' }, text);

function disagreements(a: AgreementResults): Html {
  const rows = a.disagreements.map((d) =>
    h(
      'tr',
      {},
      h('td', {}, d.id),
      cell(rho(d.spearman), d.spearman),
      cell(d.n, d.n),
      cell(gap(d.medianGap), d.medianGap),
      h('td', {}, `${d.worst.entrant} #${d.worst.sample}, ${d.worst.level}`),
      cell(`${num(d.worst.instructions)}x`, d.worst.instructions),
      cell(`${num(d.worst.time)}x`, d.worst.time),
    ),
  );
  return h(
    'table',
    { id: 'agreement-disagreements' },
    head(['problem', 'Spearman', 'n', 'median gap', 'levels most apart', `ratio by ${a.meter ?? 'instructions'}`, 'ratio by time']),
    h('tbody', {}, rows),
  );
}

function perProblem(a: AgreementResults): Html {
  const rows = a.problems.map((p) => h('tr', {}, h('td', {}, p.id), cell(p.n, p.n), cell(rho(p.spearman), p.spearman), cell(gap(p.medianGap), p.medianGap)));
  return h('table', { id: 'agreement-problems', class: 'sortable' }, head(['problem', 'n', 'Spearman', 'median gap']), h('tbody', {}, rows));
}

export function agreementSection(r: Results): Html | undefined {
  const a = r.agreement;
  if (!a) return undefined;
  const intro =
    `Every sample with a level measured by ${r.environment.meter.name} was timed again with the time meter ` +
    `(${a.timePass.samples} samples, ${a.timePass.seconds.toFixed(1)} s). Over the levels both meters measured, their ratios to the reference: ${overall(a)}. ` +
    `Spearman is computed on ranks (1: the meters order every level alike); the median gap is the factor by which a level's two ratios typically differ. ` +
    `Levels only one meter measured (censored or failed in the other): ${a.unpaired.instructionsOnly} by ${a.meter ?? 'instructions'}, ${a.unpaired.timeOnly} by time.`;
  return frag(
    h('h2', { id: 'agreement' }, 'Meter agreement'),
    h('p', {}, intro),
    a.disagreements.length > 0 && frag(h('h3', {}, 'Where they disagree most'), disagreements(a)),
    h('details', { id: 'agreement-per-problem' }, h('summary', {}, `Per problem (${a.problems.length}); no Spearman below 3 pairs or when one meter's ratios are all equal`), perProblem(a)),
  );
}
