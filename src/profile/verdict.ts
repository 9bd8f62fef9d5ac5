// Pure: the one-line verdicts of a profile, from its numbers.
import type { SampleResult } from '../evaluate/candidate.ts';
import type { HotLine, LineProfile } from './lines.ts';
import type { SweepPoint } from './sweep.ts';
import type { FitResult } from './fit.ts';

interface CurveLike {
  who: string;
  points: SweepPoint[];
  fit?: FitResult;
}

export function verdict(candidate: SampleResult, curves: CurveLike[]): string {
  if (!candidate.passed) return `incorrect: ${candidate.status}${candidate.test ? ` on ${candidate.test}` : ''}${candidate.message ? ` (${candidate.message})` : ''}`;
  const mine = curves.find((c) => c.who === 'candidate');
  const expert = curves.find((c) => c.who === 'expert');
  if (!mine || !expert) return 'correct; no size sweep';
  const both = mine.points.filter((p, k) => p.cost !== undefined && expert.points[k]?.cost !== undefined);
  const parts: string[] = [];
  if (both.length > 0) {
    const last = both[both.length - 1]!;
    const ratio = last.cost! / expert.points.find((p) => p.n === last.n)!.cost!;
    parts.push(
      ratio >= 1.05
        ? `about ${fmtRatio(ratio)}x slower than the expert at n=${last.n}`
        : ratio <= 0.95
          ? `about ${fmtRatio(1 / ratio)}x faster than the expert at n=${last.n}`
          : `on par with the expert at n=${last.n}`,
    );
  }
  const censored = mine.points.filter((p) => p.cost === undefined).map((p) => p.n);
  if (censored.length > 0) parts.push(`too slow to measure from n=${censored[0]} on`);
  if (mine.fit && expert.fit) {
    parts.push(mine.fit.best.name === expert.fit.best.name ? `grows as ${mine.fit.best.name}, like the expert` : `grows as ${mine.fit.best.name} where the expert grows as ${expert.fit.best.name}`);
  }
  return parts.join('; ') || 'correct';
}

export function fmtRatio(r: number): string {
  return r >= 10 ? r.toFixed(0) : r.toFixed(1);
}

/** A cost ratio that may be far below 1: 0.052x, 1.3x, 145x. */
export function fmtFactor(r: number): string {
  return r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(2) : r.toPrecision(2);
}

export function fmtCount(c: number): string {
  if (c >= 1e6) return `${(c / 1e6).toPrecision(3)}M`;
  return Number.isInteger(c) ? c.toLocaleString('en-US') : c.toFixed(1);
}

export function fmtShare(s: number | undefined): string {
  if (s === undefined) return '';
  return s >= 0.0995 ? `${(s * 100).toFixed(0)}%` : s >= 0.001 ? `${(s * 100).toFixed(1)}%` : '<0.1%';
}

/** "line 5 `if ...` runs O(n^2) times (127,260 at n=505, ~48% of the instructions)". */
export function describeHot(hot: HotLine, unit: string): string {
  const share = hot.share === undefined ? '' : `, ~${fmtShare(hot.share)} of the ${unit}`;
  return `line ${hot.line} \`${clip(hot.text, 60)}\` runs ${hot.growth} times (${fmtCount(hot.count)} at n=${hot.n}${share})`;
}

export function lineVerdict(mine: LineProfile | undefined, expert: LineProfile | undefined, unit = 'instructions'): string | undefined {
  if (!mine?.hot) return mine?.failure ? `no line verdict: ${mine.failure}` : undefined;
  const parts = [`hot line: ${describeHot(mine.hot, unit)}`];
  if (expert?.hot) parts.push(`the expert's hottest line ${expert.hot.line} \`${clip(expert.hot.text, 40)}\` runs ${expert.hot.growth}`);
  return parts.join('; ');
}

export function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 3)}...`;
}
