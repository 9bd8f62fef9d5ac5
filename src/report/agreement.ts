// Pure: the agreement check (results.json `agreement`) in words, for the terminal and the page.
import type { Results } from './schema.ts';

export type AgreementResults = NonNullable<Results['agreement']>;

export const rho = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3));
export const gap = (x: number | undefined) => (x === undefined ? '-' : `${x.toFixed(2)}x`);

/** `0.912 over 36 level ratios`, or why there is no Spearman. */
export function overall(a: AgreementResults): string {
  if (a.spearman !== undefined) return `Spearman ${rho(a.spearman)} over ${a.n} level ratios (median gap ${gap(a.medianGap)})`;
  return `no Spearman: ${a.n} level ratio(s) measured by both meters${a.n >= 3 ? ', and one meter gave them all the same value' : ''}`;
}

/** The one line `brisk run --check-agreement` prints after the leaderboard. */
export function agreementLine(a: AgreementResults): string {
  const worst = a.disagreements[0];
  const least = worst ? `; least agreeing: ${worst.id} ${rho(worst.spearman)} (n ${worst.n}, gap ${gap(worst.medianGap)})` : '';
  return `agreement of ${a.meter ?? 'instructions'} and time: ${overall(a)}${least}; time pass ${a.timePass.samples} sample(s), ${a.timePass.seconds.toFixed(1)} s`;
}
