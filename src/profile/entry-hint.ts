// Pure: when a profiled file lacks the problem's entry function, which of its own functions
// `--entry` could name.
import type { CandidateLanguage } from '../sandbox/executor.ts';

const PATTERNS: Record<'python' | 'js', RegExp[]> = {
  python: [/^def\s+([A-Za-z_]\w*)\s*\(/gm],
  js: [
    /^\s*(?:export\s+)?(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*[(<]/gm,
    /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*(?::[^=]+)?=>|[A-Za-z_$][\w$]*\s*=>)/gm,
  ],
};

/** Top-level function names a source defines, in order of appearance. */
export function definedFunctions(source: string, language: CandidateLanguage): string[] {
  const found: { at: number; name: string }[] = [];
  for (const re of PATTERNS[language === 'python' ? 'python' : 'js']) for (const m of source.matchAll(re)) found.push({ at: m.index, name: m[1]! });
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.name))];
}

/** `; it defines twoSum, helper: try --entry twoSum` when the entry is missing, else ''. */
export function entryHint(message: string | undefined, source: string, language: CandidateLanguage): string {
  if (!message || !/no function named/.test(message)) return '';
  const names = definedFunctions(source, language);
  if (names.length === 0) return '; it defines no top-level function: --entry NAME names the one to call';
  return `; it defines ${names.join(', ')}: try --entry ${names[0]}`;
}
