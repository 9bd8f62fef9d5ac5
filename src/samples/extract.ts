// Pure: pulls the code out of an LLM answer. A fenced block wins (the longest python/js one,
// else the longest of any language); unfenced text is taken as code.

const FENCE = /```([A-Za-z0-9_+-]*)[^\n]*\n([\s\S]*?)```/g;
const CODE_LANGS = new Set(['python', 'py', 'python3', 'javascript', 'js', 'typescript', 'ts', '']);

export function extractCode(text: string): string {
  const blocks = [...text.matchAll(FENCE)].map((m) => ({ lang: m[1]!.toLowerCase(), code: m[2]! }));
  if (blocks.length === 0) return text;
  const pick = (xs: typeof blocks) => xs.reduce((a, b) => (b.code.length > a.code.length ? b : a)).code;
  const code = blocks.filter((b) => CODE_LANGS.has(b.lang));
  return pick(code.length > 0 ? code : blocks);
}
