// Pure renderers of a run's leaderboard: Markdown for leaderboard.md, aligned text for the terminal.
import type { Results } from './schema.ts';

function metricKeys(r: Results): string[] {
  return r.config.ks.flatMap((k) => [`pass@${k}`, `eff@${k}`]);
}

function ranked(r: Results) {
  const key = `eff@${r.config.ks[0]}`;
  return [...r.entrants].sort((a, b) => (b.summary[key] ?? 0) - (a.summary[key] ?? 0));
}

const fmt = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3));

export function leaderboardRows(r: Results): string[][] {
  const keys = metricKeys(r);
  return ranked(r).map((e, i) => [String(i + 1), e.name, ...keys.map((k) => fmt(e.summary[k])), String(e.summary.problems ?? 0), String(e.summary.samples ?? 0)]);
}

export function leaderboardHeader(r: Results): string[] {
  return ['#', 'entrant', ...metricKeys(r), 'problems', 'samples'];
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
      `${env.machine.cpu}, ${env.machine.cores} cores; seed ${r.config.suiteSeed}.`,
    '',
  );
  out.push(mdTable(leaderboardHeader(r), leaderboardRows(r)), '');
  const first = `eff@${r.config.ks[0]}`;
  const entrants = ranked(r);
  out.push(`## Per problem (${first}, status of sample 0)`, '');
  const header = ['problem', ...entrants.map((e) => e.name)];
  const rows = r.references.map((ref) => [
    ref.error ? `${ref.id} (reference failed)` : ref.id,
    ...entrants.map((e) => {
      const p = e.problems.find((x) => x.id === ref.id);
      if (!p || p.n === 0) return '-';
      return `${fmt(p[first] as number)} ${p.samples[0]!.status === 'passed' ? '' : p.samples[0]!.status}`.trim();
    }),
  ]);
  out.push(mdTable(header, rows), '');
  if (r.warnings.length > 0 || env.isolation.notes.length > 0) {
    out.push('## Warnings', '', ...[...env.isolation.notes, ...r.warnings].map((w) => `- ${w}`), '');
  }
  return out.join('\n');
}

export function renderText(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i <= 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
