// Robust summaries of timing samples (pure). Location is the median; spread the MAD.
import { mean, median, medianAbsoluteDeviation, sampleStandardDeviation } from 'simple-statistics';

export interface TimingSummary {
  median: number;
  mad: number;
  /** Coefficient of variation (sd / mean); pyperf calls a benchmark unstable at >= 0.10. */
  cv: number;
  /** hyperfine's rule: |x - median| / MAD > 14.83 (MAD unscaled). */
  outliers: number;
  n: number;
}

export const OUTLIER_MAD_RATIO = 14.83;
export const UNSTABLE_CV = 0.1;

export function summarizeTimes(samples: readonly number[]): TimingSummary {
  if (samples.length === 0) throw new Error('no timing samples');
  const xs = [...samples];
  const med = median(xs);
  const mad = xs.length > 1 ? medianAbsoluteDeviation(xs) : 0;
  const cv = xs.length > 1 ? sampleStandardDeviation(xs) / mean(xs) : 0;
  const outliers = mad > 0 ? xs.filter((x) => Math.abs(x - med) / mad > OUTLIER_MAD_RATIO).length : 0;
  return { median: med, mad, cv, outliers, n: xs.length };
}
