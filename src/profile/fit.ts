// Pure core of `brisk profile`: which complexity class a size sweep follows. Each class f is
// fitted as cost = a + b * f(n) with a, b >= 0 (non-negative least squares), minimising the
// relative error, so small and large sizes weigh alike; the constant a absorbs fixed harness
// overhead. The best class wins, but a simpler class within 15% of its error is preferred
// (the penalty idea of BigO(Bench)): noise should not buy a more complex class.
import { linearRegression } from 'simple-statistics';

export interface ComplexityClass {
  name: string;
  f: (n: number) => number;
}

export const CLASSES: ComplexityClass[] = [
  { name: 'O(1)', f: () => 1 },
  { name: 'O(log n)', f: (n) => Math.log2(Math.max(n, 2)) },
  { name: 'O(n)', f: (n) => n },
  { name: 'O(n log n)', f: (n) => n * Math.log2(Math.max(n, 2)) },
  { name: 'O(n^2)', f: (n) => n * n },
  { name: 'O(n^3)', f: (n) => n * n * n },
  { name: 'O(2^n)', f: (n) => 2 ** n },
];

export interface ClassFit {
  name: string;
  a: number;
  b: number;
  /** Root mean square of (fit - cost) / cost. */
  relError: number;
}

export interface FitResult {
  best: ClassFit;
  /** 1 - SSE/SST of the best fit, over relative residuals (1 is perfect). */
  rSquared: number;
  /** Slope of log(cost) against log(n): 1 for linear, 2 for quadratic. */
  logLogSlope: number;
  all: ClassFit[];
}

export const SIMPLER_WITHIN = 1.15;

/** Weighted least squares of c ~ a + b x with weights 1/c^2, constrained to a, b >= 0. */
function fitOne(xs: number[], cs: number[]): { a: number; b: number; err: number } {
  const w = cs.map((c) => 1 / (c * c));
  const err = (a: number, b: number) => Math.sqrt(xs.reduce((s, x, i) => s + ((a + b * x - cs[i]!) / cs[i]!) ** 2, 0) / xs.length);
  const sw = w.reduce((s, v) => s + v, 0);
  const swx = w.reduce((s, v, i) => s + v * xs[i]!, 0);
  const swxx = w.reduce((s, v, i) => s + v * xs[i]! * xs[i]!, 0);
  const swc = w.reduce((s, v, i) => s + v * cs[i]!, 0);
  const swxc = w.reduce((s, v, i) => s + v * xs[i]! * cs[i]!, 0);
  const det = sw * swxx - swx * swx;
  const candidates: { a: number; b: number }[] = [];
  if (Math.abs(det) > 1e-300 * Math.max(1, sw * swxx)) {
    const b = (sw * swxc - swx * swc) / det;
    const a = (swc - b * swx) / sw;
    if (a >= 0 && b >= 0) candidates.push({ a, b });
  }
  // Boundary solutions of the constrained problem: a = 0, or b = 0.
  if (swxx > 0) candidates.push({ a: 0, b: Math.max(0, swxc / swxx) });
  candidates.push({ a: Math.max(0, swc / sw), b: 0 });
  let best = { a: 0, b: 0, err: Infinity };
  for (const c of candidates) {
    const e = err(c.a, c.b);
    if (e < best.err) best = { ...c, err: e };
  }
  return best;
}

export function fitComplexity(ns: readonly number[], costs: readonly number[]): FitResult {
  if (ns.length !== costs.length || ns.length < 3) throw new Error('a complexity fit needs at least 3 sizes with costs');
  if (costs.some((c) => !(c > 0))) throw new Error('costs must be positive');
  const all: ClassFit[] = [];
  for (const cls of CLASSES) {
    const xs = ns.map(cls.f);
    if (xs.some((x) => !Number.isFinite(x))) continue;
    const { a, b, err } = fitOne(xs, [...costs]);
    all.push({ name: cls.name, a, b, relError: err });
  }
  const minErr = Math.min(...all.map((f) => f.relError));
  // The simplest class whose error is within SIMPLER_WITHIN of the best one.
  const best = all.find((f) => f.relError <= minErr * SIMPLER_WITHIN + 1e-12)!;
  const mean = costs.reduce((s, c) => s + c, 0) / costs.length;
  const fitted = ns.map((n) => best.a + best.b * CLASSES.find((c) => c.name === best.name)!.f(n));
  const sse = costs.reduce((s, c, i) => s + ((fitted[i]! - c) / c) ** 2, 0);
  const sst = costs.reduce((s, c) => s + ((c - mean) / c) ** 2, 0);
  const logLogSlope = linearRegression(ns.map((n, i) => [Math.log(n), Math.log(costs[i]!)])).m;
  return { best, rSquared: sst > 0 ? 1 - sse / sst : 1, logLogSlope, all };
}

/** Geometric sizes from lo to hi, rounded to distinct integers. */
export function geometricSizes(lo: number, hi: number, count: number): number[] {
  if (count < 2 || lo < 1 || hi <= lo) throw new Error('sizes need 1 <= lo < hi and count >= 2');
  const out = new Set<number>();
  for (let k = 0; k < count; k++) out.add(Math.round(lo * (hi / lo) ** (k / (count - 1))));
  return [...out].sort((a, b) => a - b);
}
