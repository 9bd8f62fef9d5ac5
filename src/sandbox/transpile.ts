// JavaScript and TypeScript candidates are turned into CommonJS scripts before they run, with
// the typescript package's transpile API: types are erased, ESM import/export become require()
// and exports, so LLM-style sources run as they are. Syntax errors become compile_error.
import ts from 'typescript';

export type Dialect = 'javascript' | 'typescript';

export type Transpiled = { ok: true; code: string } | { ok: false; message: string };

const cache = new Map<string, Transpiled>();

export function transpileCandidate(source: string, dialect: Dialect): Transpiled {
  const key = `${dialect}\0${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const fileName = dialect === 'typescript' ? 'candidate.ts' : 'candidate.js';
  const out = ts.transpileModule(source, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      allowJs: true,
      esModuleInterop: true,
      removeComments: false,
    },
  });
  const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  let result: Transpiled;
  if (errors.length > 0) {
    const d = errors[0]!;
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    result = { ok: false, message: where ? `${text} (line ${where.line + 1}, column ${where.character + 1})` : text };
  } else {
    result = { ok: true, code: out.outputText };
  }
  if (cache.size > 1000) cache.clear();
  cache.set(key, result);
  return result;
}
