// Per-level efficiency and the weighted sample score (pure). Definitions: docs/metrics.md.

export type ScoringMode = 'default' | 'enamel';

export interface LevelCost {
  weight: number;
  /** Candidate cost (max over the level's tests); undefined when censored (timeout/memory). */
  cost: number | undefined;
  /** Reference (expert) cost, max over the level's tests. */
  refCost: number;
}

/**
 * Efficiency of each scored level (weight > 0).
 * default: T_l = alpha * c*_l, e_l = max(0, alpha - r_l) / (alpha - 1) with r_l = c_l / c*_l.
 * enamel:  T = alpha * max_l c*_l, e_l = max(0, T - c_l) / (T - c*_l). Neither is clipped at 1.
 * A censored level, and every level after it, scores 0; in enamel mode a level whose cost is
 * past T is censored too (ENAMEL's limit is T: the test times out and the later levels are not run).
 */
export function levelEfficiencies(levels: readonly LevelCost[], alpha: number, mode: ScoringMode): number[] {
  if (!(alpha > 1)) throw new Error(`alpha must be > 1, got ${alpha}`);
  const scored = levels.filter((l) => l.weight > 0);
  const bigT = alpha * Math.max(...scored.map((l) => l.refCost));
  let censored = false;
  return scored.map((l) => {
    if (censored || l.cost === undefined) {
      censored = true;
      return 0;
    }
    if (mode === 'enamel') {
      // ENAMEL's time limit is T itself: a level past it is a timeout, so later levels score 0.
      if (l.cost > bigT) censored = true;
      return Math.max(0, bigT - l.cost) / (bigT - l.refCost);
    }
    const r = l.cost / l.refCost;
    return Math.max(0, alpha - r) / (alpha - 1);
  });
}

/**
 * How far a unit of ratio (cost / reference cost) moves each scored level's efficiency,
 * relative to the default scoring's 1 / (alpha - 1): 1 for every level in default mode; in
 * enamel mode c*_l / (T - c*_l) times (alpha - 1), 1 for the dearest level and near 0 for a
 * level whose reference costs a small share of T (its ratio barely moves the score). One value
 * per level given, in order.
 */
export function ratioSensitivity(levels: readonly Pick<LevelCost, 'weight' | 'refCost'>[], alpha: number, mode: ScoringMode): number[] {
  const scored = levels.filter((l) => l.weight > 0);
  if (mode !== 'enamel' || scored.length === 0) return levels.map(() => 1);
  const bigT = alpha * Math.max(...scored.map((l) => l.refCost));
  // One per level given (unscored ones: 1, unused).
  return levels.map((l) => {
    const s = ((alpha - 1) * l.refCost) / (bigT - l.refCost);
    // (Every reference at 0: no slope to speak of, so the default one.)
    return l.weight > 0 && Number.isFinite(s) ? s : 1;
  });
}

/** e = sum_l h_l e_l / sum_l h_l over scored levels. */
export function sampleScore(levels: readonly LevelCost[], alpha: number, mode: ScoringMode): number {
  const scored = levels.filter((l) => l.weight > 0);
  const eff = levelEfficiencies(levels, alpha, mode);
  const h = scored.reduce((s, l) => s + l.weight, 0);
  return scored.reduce((s, l, i) => s + l.weight * eff[i]!, 0) / h;
}
