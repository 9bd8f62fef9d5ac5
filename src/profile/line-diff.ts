// Pure: two versions' lines matched by content (longest common subsequence of their texts with
// whitespace normalised), so a line keeps its identity when lines around it change.

/** Pairs of 1-based line numbers; a side is absent where the line exists in one version only. */
export type LineMatch = { a?: number; b?: number };

const norm = (s: string) => s.trim().replace(/\s+/g, ' ');

export function matchLines(a: string, b: string): LineMatch[] {
  const x = a.split('\n').map(norm);
  const y = b.split('\n').map(norm);
  // lcs[i][j]: length of the LCS of x[i..] and y[j..].
  const lcs = Array.from({ length: x.length + 1 }, () => new Int32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: LineMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) out.push({ a: ++i, b: ++j });
    else if (j >= y.length || (i < x.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push({ a: ++i });
    else out.push({ b: ++j });
  }
  return out;
}
