// Pure core of JavaScript line counting: the candidate is transpiled as the harness runs it
// (CommonJS; TypeScript reflows lines), and each line of the user's source gets the positions
// in the transpiled code that its source map sends back to it ("probes"). The tracer reads V8's
// block counts at those positions. Function ranges let it tell "not run" from "its parent's".
import ts from 'typescript';

export interface JsProbes {
  /** The transpiled CommonJS the tracer runs. */
  code: string;
  /** [offset in code, 1-based line of the user's source]. */
  probes: [number, number][];
  /** [start, end) offsets of every function in code. */
  functions: [number, number][];
}

export type JsProbeResult = { ok: true; value: JsProbes } | { ok: false; message: string };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map v3 mappings: per generated line, [generated column, original line (0-based)]. */
export function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let srcLine = 0;
  for (const text of mappings.split(';')) {
    const row: [number, number][] = [];
    let col = 0;
    for (const seg of text.split(',')) {
      if (seg === '') continue;
      const fields = decodeVlq(seg);
      col += fields[0]!;
      if (fields.length >= 4) {
        srcLine += fields[2]!;
        row.push([col, srcLine]);
      }
    }
    lines.push(row);
  }
  return lines;
}

function decodeVlq(seg: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const digit = B64.indexOf(ch);
    if (digit < 0) throw new Error(`source map: bad character "${ch}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

export function jsProbes(source: string, dialect: 'javascript' | 'typescript'): JsProbeResult {
  const out = ts.transpileModule(source, {
    fileName: dialect === 'typescript' ? 'candidate.ts' : 'candidate.js',
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, allowJs: true, esModuleInterop: true, sourceMap: true },
  });
  const error = (out.diagnostics ?? []).find((d) => d.category === ts.DiagnosticCategory.Error);
  if (error) return { ok: false, message: ts.flattenDiagnosticMessageText(error.messageText, ' ') };
  const code = out.outputText;
  const starts = [0];
  for (let k = 0; k < code.length; k++) if (code[k] === '\n') starts.push(k + 1);
  const seen = new Set<string>();
  const probes: [number, number][] = [];
  decodeMappings((JSON.parse(out.sourceMapText!) as { mappings: string }).mappings).forEach((row, genLine) => {
    for (const [col, srcLine] of row) {
      const offset = starts[genLine]! + col;
      const key = `${offset}:${srcLine}`;
      if (genLine < starts.length && !seen.has(key)) {
        seen.add(key);
        probes.push([offset, srcLine + 1]);
      }
    }
  });
  return { ok: true, value: { code, probes, functions: functionRanges(code) } };
}

function functionRanges(code: string): [number, number][] {
  const file = ts.createSourceFile('candidate.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const out: [number, number][] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) out.push([node.getStart(file), node.end]);
    node.forEachChild(visit);
  };
  visit(file);
  return out;
}
