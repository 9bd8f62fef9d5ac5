// The table `brisk problems check` prints: one row per problem and language, each tier's score
// and, after a memory pass, each tier's peak on the largest level and the naive/expert ratio.
import type { ProblemCheck } from '../evaluate/check.ts';
import { renderText } from './leaderboard.ts';

/** Bytes as KiB up to 1 MiB, else MiB, one decimal. */
export function formatBytes(bytes: number): string {
  return bytes < 2 ** 20 ? `${(bytes / 2 ** 10).toFixed(1)} KiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

const TIERS = ['naive', 'standard', 'expert'] as const;

export function renderChecks(checks: ProblemCheck[], unit: string): string {
  const withMemory = checks.some((c) => c.tiers.some((t) => t.memory || t.memoryError));
  const rows = checks.flatMap((c) => {
    const languages = [...new Set(c.tiers.map((t) => t.language))];
    if (languages.length === 0) return [[c.id, '-', '-', '-', '-', '-', ...(withMemory ? ['-', '-', '-', '-', '-'] : []), 'FAIL']];
    return languages.map((language) => {
      const tier = (name: string) => c.tiers.find((x) => x.tier === name && x.language === language);
      const score = (name: string) => {
        const t = tier(name);
        if (!t) return '-';
        if (t.disagreement) return 'DISAGREES';
        return t.result ? t.result.score.toFixed(3) : 'agrees';
      };
      const peak = (name: string) => {
        const m = tier(name)?.memory;
        return m ? formatBytes(m.peakBytes) : '-';
      };
      const verdict = c.memory?.[language];
      const memory = withMemory ? [...TIERS.map(peak), verdict ? `${verdict.ratio.toFixed(1)}x` : '-', verdict?.discriminating ? 'yes' : ''] : [];
      const cost = c.expertCost[language];
      const failed = c.failures.some((f) => f.startsWith(`${language}`) || !/^(python|javascript)\b/.test(f));
      return [c.id, language, ...TIERS.map(score), cost === undefined ? '-' : cost.toExponential(2), ...memory, failed ? 'FAIL' : 'ok'];
    });
  });
  const memoryHeader = withMemory ? ['naive peak', 'standard peak', 'expert peak', 'naive/expert', 'memory-discriminating'] : [];
  return renderText(['problem', 'language', ...TIERS, `expert max (${unit})`, ...memoryHeader, 'check'], rows);
}
