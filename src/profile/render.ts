// Pure: the terminal text of a profile: results, the candidate's source annotated with counts
// and growth, the tiers' hot lines, and the comparison of two versions.
import { renderText } from '../report/leaderboard.ts';
import { changedLines, type Comparison } from './compare.ts';
import { lastTraced, type LineProfile } from './lines.ts';
import type { Curve, ProfileReport } from './profile.ts';
import { clip, fmtCount, fmtFactor, fmtShare } from './verdict.ts';

/** Sources longer than this show only the lines that ran, with a line of context. */
const FULL_LISTING = 60;
const HOT_MARK_SHARE = 0.1;

export function renderProfile(r: ProfileReport): string {
  const c = r.candidate;
  const lines = [`${r.problem} (${r.language}), meter ${r.meter}`, ''];
  lines.push(`correctness: ${c.passed ? 'all tests pass' : `${c.status}${c.test ? ` on ${c.test}` : ''}`}${c.message && !c.passed ? `\n  ${c.message}` : ''}`);
  if (c.failingInput) lines.push(`  input: ${c.failingInput}`);
  if (c.passed) lines.push(`efficiency score against the expert: ${c.score.toFixed(3)}`);
  lines.push('');
  const levelNames = r.tiers[0]?.levels.map((l) => l.name) ?? [];
  const rows = r.tiers.map((t) => [t.tier, ...t.levels.map((l) => (l.ratio === undefined ? '-' : `${l.ratio.toFixed(2)}x`))]);
  if (rows.length > 0) lines.push('candidate cost / tier cost, per level:', renderText(['tier', ...levelNames], rows), '');
  const label = (who: string) => (who === 'candidate' && r.comparison ? r.comparison.labels[0] : who === 'other' && r.comparison ? r.comparison.labels[1] : who);
  const fits = r.curves.map((cv) => [
    label(cv.who),
    cv.fit?.best.name ?? '-',
    cv.fit ? `${(cv.fit.best.relError * 100).toFixed(1)}%` : '-',
    cv.fit ? cv.fit.logLogSlope.toFixed(2) : '-',
    cv.failure ?? '',
  ]);
  if (fits.length > 0) lines.push('size sweep:', renderText(['series', 'class', 'fit error', 'log-log slope', 'note'], fits), '');
  const mine = r.curves.find((cv) => cv.who === 'candidate');
  if (mine?.lines && mine.source !== undefined) lines.push(...annotated(label('candidate'), mine.source, mine.lines, r.unit), '');
  const tiers = r.curves.filter((cv) => cv.who !== 'candidate' && cv.who !== 'other' && cv.lines);
  if (tiers.length > 0) lines.push(...tierHotLines(tiers), '');
  if (r.comparison) lines.push(...comparison(r.comparison), '');
  lines.push(`verdict: ${r.verdict}`);
  if (r.lineVerdict) lines.push(r.lineVerdict);
  if (r.comparison) lines.push(`${r.comparison.labels[1]} against ${r.comparison.labels[0]}: ${r.comparison.verdict}`);
  return lines.join('\n');
}

/** The source with, beside each line that ran, its count at the largest traced size, growth and share. */
export function annotated(who: string, source: string, p: LineProfile, unit: string): string[] {
  const k = lastTraced(p);
  if (k < 0) return [`lines of ${who}: none traced${p.failure ? ` (${p.failure})` : ''}`];
  const n = p.sizes[k]!;
  const rows = new Map(p.lines.map((row) => [row.line, row]));
  const text = source.replace(/\n$/, '').split('\n');
  const shown = text.length <= FULL_LISTING ? text.map(() => true) : text.map((_, i) => [i, i + 1, i + 2].some((l) => rows.has(l)));
  const out = [`lines of ${who}: executions per call at n=${n}, growth over the sweep, share of the ${unit} (modelled):`];
  const head = `${'line'.padStart(5)} ${'count'.padStart(9)}  ${'growth'.padEnd(10)} ${'share'.padStart(5)}  `;
  out.push(head + 'code');
  let skipped = false;
  text.forEach((t, i) => {
    if (!shown[i]) {
      if (!skipped) out.push(`${''.padStart(5)} ${'...'.padStart(9)}`);
      skipped = true;
      return;
    }
    skipped = false;
    const row = rows.get(i + 1);
    const mark = row && (row.line === p.hot?.line ? '>' : (row.share ?? 0) >= HOT_MARK_SHARE ? '*' : ' ');
    const count = row ? fmtCount(row.counts[k] ?? 0) : '';
    out.push(`${mark ?? ' '}${String(i + 1).padStart(4)} ${count.padStart(9)}  ${(row?.growth ?? '').padEnd(10)} ${fmtShare(row?.share).padStart(5)}  ${t}`);
  });
  out.push(`  (> the line that dominates growth, * 10% or more of the ${unit})`);
  const a = p.attribution;
  if (a) {
    const hold = a.holdoutError === undefined ? '' : `, predicts n=${a.n} from the smaller sizes within ${pct(a.holdoutError)}`;
    out.push(
      `  share: modelled, executions x ${a.workUnit === 'bytecode instruction' ? "the line's bytecodes" : '1'} x a cost per unit fitted per growth class to the meter's counts (fit error ${pct(a.fitError)}${hold}); fixed per call ${fmtShare(a.fixedShare) || '0%'}`,
    );
  }
  if (p.failure) out.push(`  note: ${p.failure}`);
  return out;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
}

/** The three costliest lines of each reference tier, so the expert's hot lines sit beside the candidate's. */
export function tierHotLines(tiers: Curve[]): string[] {
  const rows = tiers.flatMap((cv) => {
    const p = cv.lines!;
    const k = lastTraced(p);
    if (k < 0) return [[cv.who, p.failure ?? 'not traced', '-', '-', '-', '-']];
    const top = [...p.lines].sort((x, y) => (y.share ?? y.executionShare ?? 0) - (x.share ?? x.executionShare ?? 0)).slice(0, 3);
    return top.map((row, j) => [j === 0 ? cv.who : '', clip(row.text.trim(), 50), String(row.line), row.growth ?? '-', `${fmtCount(row.counts[k] ?? 0)} @${p.sizes[k]}`, fmtShare(row.share)]);
  });
  return ['hot lines of the reference tiers (at their largest traced size):', renderText(['tier', 'code', 'line', 'growth', 'count @n', 'share'], rows)];
}

function comparison(cmp: Comparison): string[] {
  const [la, lb] = cmp.labels;
  const out = [`${lb} against ${la}:`];
  out.push(`correctness of ${lb}: ${cmp.other.passed ? 'all tests pass' : `${cmp.other.status}${cmp.other.test ? ` on ${cmp.other.test}` : ''}${cmp.other.message ? ` (${cmp.other.message})` : ''}`}`);
  if (cmp.other.failingInput) out.push(`  input: ${cmp.other.failingInput}`);
  // No ratio: a test of the level was not measured in one version (censored past 50x the expert).
  const rows = cmp.levels.map((l) => [l.name, l.ratio === undefined ? 'not measured' : `${fmtFactor(l.ratio)}x`, l.low === undefined ? '-' : `[${fmtFactor(l.low)}, ${fmtFactor(l.high!)}]`]);
  out.push(`cost of ${lb} / cost of ${la}, per level (95% interval: paired bootstrap over the level's tests):`, renderText(['level', 'ratio', 'interval'], rows));
  const g = (x?: { class: string; slope: number }) => (x ? `${x.class} (log-log slope ${x.slope.toFixed(2)})` : '-');
  out.push(`growth: ${la} ${g(cmp.growth.a)}; ${lb} ${g(cmp.growth.b)}`);
  if (cmp.lines.length > 0) {
    out.push(`side by side (lines matched by content; growth of each; ! where it changed):`);
    const w = 44;
    out.push(`  ${la.padEnd(w + 16)}| ${lb}`);
    for (const l of cmp.lines) {
      const left = l.a === undefined ? ''.padEnd(w + 15) : `${String(l.a).padStart(3)} ${clip(untab(l.text), w).padEnd(w)} ${(l.growthA ?? '').padEnd(10)}`;
      const right = l.b === undefined ? '' : `${String(l.b).padStart(3)} ${clip(untab(l.text), w).padEnd(w)} ${l.growthB ?? ''}`;
      out.push(`${l.change === 'same' || (l.growthA === undefined && l.growthB === undefined) ? ' ' : '!'} ${left} | ${right}`.trimEnd());
    }
    const changed = changedLines(cmp.lines);
    out.push(`  ${changed.length} line(s) changed growth, or ran in one version only`);
  }
  return out;
}

const untab = (s: string) => s.replace(/\t/g, '    ');
