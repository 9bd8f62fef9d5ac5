// Pure: pulls the code out of an LLM answer. A fenced block wins (the longest python/js one,
// else the longest of any language); unfenced text is taken as code.

const FENCE = /```([A-Za-z0-9_+-]*)[^\n]*\n([\s\S]*?)```/g;
const CODE_LANGS = new Set(['python', 'py', 'python3', 'javascript', 'js', 'typescript', 'ts', '']);

export function extractCode(text: string): string {
  return extractFenced(text).code;
}

/** The code and, when a fence names it, its language as written (`py`, `ts`, ...). */
export function extractFenced(text: string): { code: string; fence?: string } {
  const blocks = [...text.matchAll(FENCE)].map((m) => ({ lang: m[1]!.toLowerCase(), code: m[2]! }));
  if (blocks.length === 0) return { code: text };
  const pick = (xs: typeof blocks) => xs.reduce((a, b) => (b.code.length > a.code.length ? b : a));
  const code = blocks.filter((b) => CODE_LANGS.has(b.lang));
  const best = pick(code.length > 0 ? code : blocks);
  return { code: best.code, fence: best.lang || undefined };
}

const ALIASES: Record<string, 'python' | 'javascript' | 'typescript'> = {
  python: 'python',
  py: 'python',
  python3: 'python',
  javascript: 'javascript',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  node: 'javascript',
  typescript: 'typescript',
  ts: 'typescript',
};

/** Normalizes a language name or file extension; undefined when it is not one Brisk runs. */
export function languageOf(name: string | undefined): 'python' | 'javascript' | 'typescript' | undefined {
  return name === undefined ? undefined : ALIASES[name.toLowerCase().replace(/^\./, '')];
}
