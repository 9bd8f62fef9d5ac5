// Pure core of `brisk profile a b`: the second version against the first, per level (cost
// ratio with a bootstrap interval over the level's tests), per sweep (growth of each), and per
// line (lines matched by content whose growth changed, or that one version alone has).
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { quantileSorted } from 'simple-statistics';
import type { SampleResult } from '../evaluate/candidate.ts';
import type { EvalConfig } from '../evaluate/config.ts';
import type { TestCase } from '../problem/inputs.ts';
import type { Level } from '../problem/spec.ts';
import { CLASSES, type FitResult } from './fit.ts';
import { matchLines } from './line-diff.ts';
import type { LineProfile, LineRow } from './lines.ts';
import { fmtFactor } from './verdict.ts';

export interface LevelRatio {
  name: string;
  /** Level costs (max over the level's tests, as scores use them) and b / a. */
  costA?: number;
  costB?: number;
  ratio?: number;
  /** 95% percentile interval of the ratio, from a paired bootstrap over the level's tests. */
  low?: number;
  high?: number;
}

export interface LinePair {
  a?: number;
  b?: number;
  text: string;
  growthA?: string;
  growthB?: string;
  /** same: matched, same growth; growth: matched, growth changed; removed / added: one side only. */
  change: 'same' | 'growth' | 'removed' | 'added';
}

export interface Comparison {
  labels: [string, string];
  /** The second version's result (the first is the report's candidate). */
  other: SampleResult & { failingInput?: string };
  levels: LevelRatio[];
  growth: { a?: { class: string; slope: number }; b?: { class: string; slope: number } };
  /** Both sources aligned line by line. */
  lines: LinePair[];
  verdict: string;
}

interface Side {
  result: SampleResult & { failingInput?: string };
  costs: (number | undefined)[];
  curve?: { fit?: FitResult; source?: string; lines?: LineProfile };
}

export interface CompareInput {
  labels: [string, string];
  tests: TestCase[];
  levels: Level[];
  a: Side;
  b: Side;
  cfg: Pick<EvalConfig, 'bootstrapSeed' | 'bootstrapResamples'>;
}

export function compareVersions(input: CompareInput): Comparison {
  const { a, b, labels } = input;
  const levels = input.levels.flatMap((l, li) => {
    if (li === 0) return [];
    const idx = input.tests.flatMap((t, i) => (t.level === li ? [i] : []));
    return [
      levelRatio(
        l.name,
        idx.map((i) => a.costs[i]),
        idx.map((i) => b.costs[i]),
        input.cfg,
      ),
    ];
  });
  const growthOf = (s: Side) => (s.curve?.fit ? { class: s.curve.fit.best.name, slope: s.curve.fit.logLogSlope } : undefined);
  const growth = { a: growthOf(a), b: growthOf(b) };
  const lines = pairLines(a.curve, b.curve);
  return { labels, other: b.result, levels, growth, lines, verdict: comparisonVerdict(labels, a.result, b.result, levels, growth, lines) };
}

/** b / a on a level: max over its tests each, as scores take it; undefined if any is missing. */
export function levelRatio(name: string, a: (number | undefined)[], b: (number | undefined)[], cfg: CompareInput['cfg']): LevelRatio {
  if (a.length === 0 || a.some((c) => c === undefined) || b.some((c) => c === undefined)) return { name };
  const xs = a as number[];
  const ys = b as number[];
  const costA = Math.max(...xs);
  const costB = Math.max(...ys);
  const gen = xoroshiro128plus(cfg.bootstrapSeed);
  const stats = new Float64Array(cfg.bootstrapResamples);
  for (let r = 0; r < stats.length; r++) {
    let ma = 0;
    let mb = 0;
    for (let k = 0; k < xs.length; k++) {
      const j = uniformInt(gen, 0, xs.length - 1);
      ma = Math.max(ma, xs[j]!);
      mb = Math.max(mb, ys[j]!);
    }
    stats[r] = mb / ma;
  }
  const sorted = Array.from(stats.sort());
  return { name, costA, costB, ratio: costB / costA, low: quantileSorted(sorted, 0.025), high: quantileSorted(sorted, 0.975) };
}

function pairLines(a: Side['curve'], b: Side['curve']): LinePair[] {
  if (a?.source === undefined || b?.source === undefined) return [];
  const rowsA = new Map((a.lines?.lines ?? []).map((r) => [r.line, r]));
  const rowsB = new Map((b.lines?.lines ?? []).map((r) => [r.line, r]));
  const [srcA, srcB] = [a.source.replace(/\n$/, ''), b.source.replace(/\n$/, '')];
  const textA = srcA.split('\n');
  const textB = srcB.split('\n');
  return matchLines(srcA, srcB).map((m) => {
    const ra: LineRow | undefined = m.a === undefined ? undefined : rowsA.get(m.a);
    const rb: LineRow | undefined = m.b === undefined ? undefined : rowsB.get(m.b);
    const change: LinePair['change'] = m.a === undefined ? 'added' : m.b === undefined ? 'removed' : ra?.growth !== rb?.growth ? 'growth' : 'same';
    return {
      ...(m.a === undefined ? {} : { a: m.a }),
      ...(m.b === undefined ? {} : { b: m.b }),
      text: m.b === undefined ? textA[m.a! - 1]! : textB[m.b - 1]!,
      ...(ra?.growth ? { growthA: ra.growth } : {}),
      ...(rb?.growth ? { growthB: rb.growth } : {}),
      change,
    };
  });
}

/** Lines worth naming: counted on at least one side, and not the same on both. */
export function changedLines(lines: LinePair[]): LinePair[] {
  return lines.filter((l) => l.change !== 'same' && (l.growthA !== undefined || l.growthB !== undefined));
}

function comparisonVerdict(labels: [string, string], a: SampleResult, b: SampleResult, levels: LevelRatio[], growth: Comparison['growth'], lines: LinePair[]): string {
  const [la, lb] = labels;
  if (!a.passed || !b.passed) return `${!a.passed ? `${la} is incorrect (${a.status})` : ''}${!a.passed && !b.passed ? '; ' : ''}${!b.passed ? `${lb} is incorrect (${b.status})` : ''}`;
  const parts: string[] = [];
  const last = [...levels].reverse().find((l) => l.ratio !== undefined);
  if (last) parts.push(`${lb} costs ${fmtFactor(last.ratio!)}x what ${la} costs on the ${last.name} level [${fmtFactor(last.low!)}, ${fmtFactor(last.high!)}]`);
  if (growth.a && growth.b) {
    parts.push(growth.a.class === growth.b.class ? `both grow as ${growth.a.class}` : `${lb} grows as ${growth.b.class} where ${la} grows as ${growth.a.class}`);
  }
  // The fastest-growing first: those are the changes that decide.
  const rank = (l: LinePair) => CLASSES.findIndex((c) => c.name === (l.growthA ?? l.growthB));
  const changed = changedLines(lines).sort((x, y) => rank(y) - rank(x));
  if (changed.length > 0) {
    const name = (l: LinePair) =>
      l.change === 'removed'
        ? `${la}:${l.a} (${l.growthA}) removed`
        : l.change === 'added'
          ? `${lb}:${l.b} (${l.growthB}) added`
          : `${la}:${l.a} ${l.growthA ?? '-'} -> ${lb}:${l.b} ${l.growthB ?? '-'}`;
    parts.push(`lines whose growth changed: ${changed.slice(0, 4).map(name).join(', ')}${changed.length > 4 ? `, and ${changed.length - 4} more` : ''}`);
  }
  return parts.join('; ') || 'no difference measured';
}
