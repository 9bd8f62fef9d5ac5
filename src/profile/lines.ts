// Pure core of per-line profiles: from per-call line counts over the size sweep to each line's
// count per size, its growth class (the sweep's own fitter), its modelled share of the meter's
// cost (attribute.ts) and the line that dominates growth.
import { fitCostModel, lineCost, type CostModel, type TracedCall } from './attribute.ts';
import { fitComplexity } from './fit.ts';

export interface LineRow {
  line: number;
  text: string;
  /** Mean executions per call at each sweep size (aligned with `sizes`); null where not traced. */
  counts: (number | null)[];
  growth?: string;
  fitError?: number;
  logLogSlope?: number;
  /** Python: bytecode instructions per execution, counted on one call (the line's weight). */
  weight?: number;
  /** Modelled share of the meter's cost at `attribution.n` (absent for O(1) lines: see `fixed`). */
  share?: number;
  /** Share of all line executions at `attribution.n`. */
  executionShare?: number;
}

export interface Attribution extends CostModel {
  /** The size the shares are given at: the largest with both line counts and meter costs. */
  n: number;
  unit: string;
  /** What a line's work is counted in: executions x bytecode instructions per execution (Python), or executions. */
  workUnit: 'bytecode instruction' | 'line execution';
  /** Share of the modelled cost at n that is fixed per call. */
  fixedShare: number;
  /** The plain model, cost = fixed + b x (all lines' work), for comparison. */
  baseline?: { fitError: number; holdoutError?: number };
}

export interface HotLine {
  line: number;
  text: string;
  growth: string;
  n: number;
  count: number;
  share?: number;
}

export interface LineProfile {
  sizes: number[];
  lines: LineRow[];
  attribution?: Attribution;
  /** The line that dominates growth (see hotLine). */
  hot?: HotLine;
  /** Why counts are missing at some sizes (the tracer's message, with the size). */
  failure?: string;
}

/** One traced call: its sweep size, line counts and (when the meter measured it) cost. */
export interface TracedTest {
  n: number;
  counts: [number, number][];
  cost?: number;
}

/** Index into `sizes` of the largest size with counts, or -1. */
export function lastTraced(p: LineProfile): number {
  for (let k = p.sizes.length - 1; k >= 0; k--) if (p.lines.some((row) => row.counts[k] !== null)) return k;
  return -1;
}

/** Bytecode instructions per execution of each line, from one call's opcode and line counts. */
export function opcodeWeights(counts: [number, number][], opcodes: [number, number][]): Map<number, number> {
  const runs = new Map(counts);
  return new Map(opcodes.flatMap(([line, ops]) => (runs.get(line) ? [[line, ops / runs.get(line)!] as [number, number]] : [])));
}

/** Lines that hold code: JavaScript closing-bracket lines carry block counts, not statements. */
export function isCodeLine(text: string, language: string): boolean {
  if (language === 'python') return true;
  const bare = text.replace(/\/\/.*$/, '').replace(/\/\*.*?\*\//g, '');
  return !/^[\s{}()[\];,]*(else)?[\s{}()[\];,]*$/.test(bare);
}

export function lineProfile(source: string, language: string, sizes: number[], traced: TracedTest[], unit: string, failure?: string, weights?: Map<number, number>): LineProfile {
  const texts = source.split('\n');
  const perSize = sizes.map((n) => traced.filter((t) => t.n === n));
  const casesPerSize = Math.max(0, ...perSize.map((ts) => ts.length));
  // A size counts only when every case of it was traced (a partly traced size would bias it).
  const complete = perSize.map((ts) => ts.length > 0 && ts.length === casesPerSize);
  const lineSet = new Set(traced.flatMap((t) => t.counts.map(([l]) => l)));
  const keep = [...lineSet].filter((l) => isCodeLine(texts[l - 1] ?? '', language)).sort((a, b) => a - b);
  const mean = (ts: TracedTest[], line: number) => ts.reduce((s, t) => s + (t.counts.find(([l]) => l === line)?.[1] ?? 0), 0) / ts.length;
  const lines: LineRow[] = keep.map((line) => {
    const counts = perSize.map((ts, k) => (complete[k] ? mean(ts, line) : null));
    const row: LineRow = { line, text: texts[line - 1] ?? '', counts };
    const pts = sizes.flatMap((n, k) => (counts[k] !== null && counts[k]! > 0 ? [[n, counts[k]!]] : []));
    if (pts.length >= 3) {
      const f = fitComplexity(
        pts.map((p) => p[0]!),
        pts.map((p) => p[1]!),
      );
      Object.assign(row, { growth: f.best.name, fitError: f.best.relError, logLogSlope: f.logLogSlope });
    }
    return row;
  });
  if (weights && weights.size > 0) {
    // A line that did not run on the weighed call gets the mean weight of those that did.
    const mean = [...weights.values()].reduce((s, w) => s + w, 0) / weights.size;
    for (const r of lines) r.weight = weights.get(r.line) ?? mean;
  }
  const profile: LineProfile = { sizes, lines, ...(failure ? { failure } : {}) };
  const last = complete.lastIndexOf(true);
  if (last < 0) return profile;
  const total = lines.reduce((s, r) => s + (r.counts[last] ?? 0), 0);
  for (const r of lines) r.executionShare = total > 0 ? (r.counts[last] ?? 0) / total : 0;
  profile.attribution = attribution(
    lines,
    sizes,
    traced.filter((t) => complete[sizes.indexOf(t.n)]),
    unit,
  );
  profile.hot = hotLine(lines, sizes, last, profile.attribution);
  return profile;
}

function attribution(lines: LineRow[], sizes: number[], traced: TracedTest[], unit: string): Attribution | undefined {
  const measured = traced.filter((t) => t.cost !== undefined && t.cost > 0);
  if (measured.length === 0) return undefined;
  const row = new Map(lines.map((r) => [r.line, r]));
  const calls = (group: (r: LineRow) => string): TracedCall[] =>
    measured.map((t) => {
      const byClass = new Map<string, number>();
      for (const [line, c] of t.counts) {
        const r = row.get(line);
        if (!r) continue;
        byClass.set(group(r), (byClass.get(group(r)) ?? 0) + c * (r.weight ?? 1));
      }
      return { n: t.n, byClass, cost: t.cost! };
    });
  const model = fitCostModel(calls((r) => r.growth ?? 'unfitted'));
  if (!model) return undefined;
  const plain = fitCostModel(calls(() => 'all lines'));
  const n = Math.max(...measured.map((t) => t.n));
  const k = sizes.indexOf(n);
  const costs = lines.map((r) => lineCost(model, r.growth ?? 'unfitted', (r.counts[k] ?? 0) * (r.weight ?? 1)));
  const modelled = model.fixed + costs.reduce((s: number, c) => s + (c ?? 0), 0);
  if (!(modelled > 0)) return undefined;
  lines.forEach((r, j) => {
    if (costs[j] !== undefined) r.share = costs[j]! / modelled;
  });
  return {
    ...model,
    n,
    unit,
    workUnit: lines.some((r) => r.weight !== undefined) ? 'bytecode instruction' : 'line execution',
    fixedShare: model.fixed / modelled,
    ...(plain ? { baseline: { fitError: plain.fitError, ...(plain.holdoutError === undefined ? {} : { holdoutError: plain.holdoutError }) } } : {}),
  };
}

/**
 * The line that dominates growth: the largest increase of its (modelled) cost from the smallest
 * to the largest traced size. Robust where class fits are not: two lines fitted O(n) and
 * O(n log n) by a hair are ranked by what they add, not by their class.
 */
function hotLine(lines: LineRow[], sizes: number[], k: number, model?: CostModel): HotLine | undefined {
  const first = sizes.findIndex((_, j) => lines.some((r) => r.counts[j] !== null));
  const added = (r: LineRow) => {
    const grew = (r.counts[k] ?? 0) - (r.counts[first] ?? 0);
    const per = model ? (model.perUnit[r.growth ?? 'unfitted'] ?? 0) : 1;
    return grew * per * (r.weight ?? 1);
  };
  let best: LineRow | undefined;
  for (const r of lines) if (r.growth !== undefined && added(r) > 0 && (!best || added(r) > added(best))) best = r;
  if (!best) return undefined;
  const hot: HotLine = { line: best.line, text: best.text.trim(), growth: best.growth!, n: sizes[k]!, count: best.counts[k] ?? 0 };
  if (best.share !== undefined) hot.share = best.share;
  return hot;
}
