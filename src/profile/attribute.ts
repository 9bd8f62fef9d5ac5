// Pure core: how much of the meter's cost each line carries. No meter sees lines of
// interpreted code (callgrind sees the interpreter's C), so the cost is modelled. A line's work
// in a call is its executions times its weight (Python: the bytecode instructions it runs per
// execution, counted once; JavaScript: 1). Each traced call's measured cost = fixed + sum over
// growth classes of (cost per unit of work of that class) x (work of the class's lines), fitted
// by non-negative least squares on relative error over every traced call of the sweep. A line's
// share at size n is its class's cost per unit times its work at n, over the model's total.
// A builtin called on the whole input (sorted, sum) is one cheap-looking execution: its cost
// goes to whatever lines grow like it. How well the model holds is measured (fit error, and the
// error of predicting the largest size from the smaller ones) and reported beside the shares.

export interface TracedCall {
  n: number;
  /** Work per line class in this call (class -> executions x weight). */
  byClass: Map<string, number>;
  /** The meter's cost of this call. */
  cost: number;
}

export interface CostModel {
  /** Meter units per unit of work, per growth class; classes the fit gave 0 are listed as 0. */
  perUnit: Record<string, number>;
  /** Meter units per call not tied to line executions (call overhead, O(1) lines). */
  fixed: number;
  /** Root mean square of (model - measured) / measured over the traced calls. */
  fitError: number;
  /** Fitted without the largest size, the relative error of its prediction there. */
  holdoutError?: number;
}

const MAX_COLUMNS = 10;

/** Least squares of A x = b with x >= 0, by trying every set of free columns (few columns). */
export function nnls(a: number[][], b: number[]): number[] {
  const cols = a[0]?.length ?? 0;
  if (cols > MAX_COLUMNS) throw new Error(`nnls: at most ${MAX_COLUMNS} columns, got ${cols}`);
  let best = { x: new Array<number>(cols).fill(0), err: b.reduce((s, v) => s + v * v, 0) };
  for (let mask = 1; mask < 1 << cols; mask++) {
    const free = [...Array(cols).keys()].filter((j) => mask & (1 << j));
    const sol = leastSquares(
      a.map((row) => free.map((j) => row[j]!)),
      b,
    );
    if (!sol || sol.some((v) => v < 0)) continue;
    const x = new Array<number>(cols).fill(0);
    free.forEach((j, k) => {
      x[j] = sol[k]!;
    });
    const err = a.reduce((s, row, i) => s + (row.reduce((t, v, j) => t + v * x[j]!, 0) - b[i]!) ** 2, 0);
    if (err < best.err - 1e-15 * Math.max(1, best.err)) best = { x, err };
  }
  return best.x;
}

/** Normal equations with column scaling and partial pivoting; undefined when singular. */
function leastSquares(a: number[][], b: number[]): number[] | undefined {
  const m = a[0]!.length;
  const scale = Array.from({ length: m }, (_, j) => Math.sqrt(a.reduce((s, row) => s + row[j]! ** 2, 0)) || 1);
  const g = Array.from({ length: m }, (_, i) => [
    ...Array.from({ length: m }, (_, j) => a.reduce((s, row) => s + (row[i]! / scale[i]!) * (row[j]! / scale[j]!), 0)),
    a.reduce((s, row, r) => s + (row[i]! / scale[i]!) * b[r]!, 0),
  ]);
  for (let c = 0; c < m; c++) {
    let p = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(g[r]![c]!) > Math.abs(g[p]![c]!)) p = r;
    if (Math.abs(g[p]![c]!) < 1e-10) return undefined;
    [g[c], g[p]] = [g[p]!, g[c]!];
    for (let r = 0; r < m; r++) {
      if (r === c) continue;
      const f = g[r]![c]! / g[c]![c]!;
      for (let k = c; k <= m; k++) g[r]![k]! -= f * g[c]![k]!;
    }
  }
  return g.map((row, i) => row[m]! / row[i]! / scale[i]!);
}

function fitColumns(calls: TracedCall[], classes: string[]): { fixed: number; per: number[] } {
  // Rows divided by the measured cost: least squares on relative error.
  const a = calls.map((c) => [1 / c.cost, ...classes.map((k) => (c.byClass.get(k) ?? 0) / c.cost)]);
  const x = nnls(
    a,
    calls.map(() => 1),
  );
  return { fixed: x[0]!, per: x.slice(1) };
}

function predict(call: TracedCall, classes: string[], m: { fixed: number; per: number[] }): number {
  return m.fixed + classes.reduce((s, k, j) => s + m.per[j]! * (call.byClass.get(k) ?? 0), 0);
}

function rms(calls: TracedCall[], classes: string[], m: { fixed: number; per: number[] }): number {
  return Math.sqrt(calls.reduce((s, c) => s + ((predict(c, classes, m) - c.cost) / c.cost) ** 2, 0) / calls.length);
}

/**
 * Fits the model. `constant` names the class whose lines run a fixed number of times per call
 * (O(1)): their executions are not a column (they would be the fixed term again).
 */
export function fitCostModel(calls: TracedCall[], constant = 'O(1)'): CostModel | undefined {
  const classes = [...new Set(calls.flatMap((c) => [...c.byClass.keys()]))].filter((k) => k !== constant).sort();
  if (calls.length < classes.length + 2 || classes.length + 1 > MAX_COLUMNS) return undefined;
  const m = fitColumns(calls, classes);
  const perUnit = Object.fromEntries(classes.map((k, j) => [k, m.per[j]!]));
  const model: CostModel = { perUnit, fixed: m.fixed, fitError: rms(calls, classes, m) };
  const largest = Math.max(...calls.map((c) => c.n));
  const train = calls.filter((c) => c.n < largest);
  const heldOut = calls.filter((c) => c.n === largest);
  if (train.length >= classes.length + 2) {
    const h = fitColumns(train, classes);
    const predicted = heldOut.reduce((s, c) => s + predict(c, classes, h), 0);
    const measured = heldOut.reduce((s, c) => s + c.cost, 0);
    model.holdoutError = Math.abs(predicted - measured) / measured;
  }
  return model;
}

/** The model's cost of one line at a size: its class's cost per unit times its work. */
export function lineCost(model: CostModel, growth: string, work: number): number | undefined {
  const per = model.perUnit[growth];
  return per === undefined ? undefined : per * work;
}
