// Pure renderers of a run's leaderboard: Markdown for leaderboard.md, aligned text for the terminal.
import type { Results } from './schema.ts';

function metricKeys(r: Results): string[] {
  return r.config.ks.flatMap((k) => [`pass@${k}`, `eff@${k}`]);
}

/** Headline metrics of the field shown beside pass@k and eff@k; the rest stay in results.json. */
function fieldKeys(r: Results, markdown: boolean): string[] {
  const keys = [`efficient@${r.config.ks[0]}`, 'speedup', 'DPS_norm', ...(markdown ? ['Beyond', 'NET'] : [])];
  return keys.filter((k) => r.entrants.some((e) => e.summary[k] !== undefined));
}

function ranked(r: Results) {
  const key = `eff@${r.config.ks[0]}`;
  return [...r.entrants].sort((a, b) => (b.summary[key] ?? 0) - (a.summary[key] ?? 0));
}

const fmt = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3));

/** Fractions to 3 places, ratios to 2, percentages to 1. */
function decimals(key: string): number {
  if (key.startsWith('DPS')) return 1;
  if (key === 'speedup' || key.startsWith('NET')) return 2;
  return 3;
}

/** `0.840 [0.790, 0.880]`: the value and its bootstrap 95% interval. */
function cell(e: Results['entrants'][number], key: string): string {
  const x = e.summary[key];
  if (x === undefined) return '-';
  const d = decimals(key);
  const ci = e.intervals?.[key];
  return ci ? `${x.toFixed(d)} [${ci.low.toFixed(d)}, ${ci.high.toFixed(d)}]` : x.toFixed(d);
}

export function leaderboardRows(r: Results, markdown = false): string[][] {
  const keys = [...metricKeys(r), ...fieldKeys(r, markdown)];
  return ranked(r).map((e, i) => [String(i + 1), e.name, ...keys.map((k) => cell(e, k)), String(e.summary.problems ?? 0), String(e.summary.samples ?? 0)]);
}

export function leaderboardHeader(r: Results, markdown = false): string[] {
  return ['#', 'entrant', ...metricKeys(r), ...fieldKeys(r, markdown), 'problems', 'samples'];
}

function mdTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function renderMarkdown(r: Results): string {
  const env = r.environment;
  const out: string[] = [];
  out.push(`# Brisk leaderboard: ${r.runId}`, '');
  out.push(
    `Meter: **${env.meter.name}** (${env.meter.reason}); scoring ${r.config.scoring}, alpha ${r.config.alpha}; ` +
      `${env.interpreter.language} ${env.interpreter.version} at \`${env.interpreter.path}\`; isolation: ${env.isolation.label}; ` +
      `${env.machine.cpu}, ${env.machine.cores} cores; seed ${r.config.suiteSeed ?? `secret (${r.config.seedHash?.slice(0, 19)}...)`}.`,
    '',
  );
  out.push(mdTable(leaderboardHeader(r, true), leaderboardRows(r, true)), '');
  out.push(
    `Each figure has its bootstrap 95% interval over problems (${r.config.bootstrapResamples ?? '-'} resamples, seed ${r.config.bootstrapSeed ?? '-'}). ` +
      'Every metric, per problem and with its definition, is in results.json.',
    '',
  );
  const first = `eff@${r.config.ks[0]}`;
  const entrants = ranked(r);
  out.push(`## Per problem (${first}, and how many samples ended in each status)`, '');
  out.push(mdTable(['problem', ...entrants.map((e) => e.name)], perProblemRows(r, entrants, first)), '');
  if (r.warnings.length > 0 || env.isolation.notes.length > 0) {
    out.push('## Warnings', '', ...[...env.isolation.notes, ...r.warnings].map((w) => `- ${w}`), '');
  }
  return out.join('\n');
}

/** `passed 2, wrong_answer 1`: every status the problem's samples ended in, most common first. */
export function statusCounts(statuses: string[]): string {
  const counts = new Map<string, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
}

/** One row per problem (not per reference language), its failed references named. */
function perProblemRows(r: Results, entrants: Results['entrants'], metric: string): string[][] {
  return r.config.problems.map((id) => {
    const failed = r.references.filter((ref) => ref.id === id && ref.error).map((ref) => ref.language);
    const label = failed.length > 0 ? `${id} (${failed.join(', ')} reference failed)` : id;
    return [
      label,
      ...entrants.map((e) => {
        const p = e.problems.find((x) => x.id === id);
        if (!p || p.n === 0) return '-';
        return `${fmt(p[metric] as number)} (${statusCounts(p.samples.map((s) => s.status))})`;
      }),
    ];
  });
}

export function renderText(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i <= 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
