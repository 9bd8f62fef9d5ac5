// Lints (and checks the format of) Brisk's own Python files with Ruff, through its WebAssembly
// build from npm (PyPI is closed here). `--write` formats them. Exit 1 on any finding.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';

const ROOT = path.resolve(import.meta.dirname, '..');
// The harness is being rewritten (issue 12): it is linted, and formatted once that lands.
const UNFORMATTED = ['src/harness/'];
const files = ['src', 'scripts', 'test']
  .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)))
  .filter((f) => f.endsWith('.py'))
  .sort();
const workspace = new Workspace(
  {
    'line-length': 120,
    'target-version': 'py311',
    format: { 'quote-style': 'double' },
    // Pyflakes (F), pycodestyle errors (E4, E7, E9), bugbear (B): mistakes, not taste.
    lint: { select: ['E4', 'E7', 'E9', 'F', 'B'] },
  },
  PositionEncoding.Utf16,
);
const write = process.argv.includes('--write');
let findings = 0;
for (const rel of files) {
  const source = readFileSync(path.join(ROOT, rel), 'utf8');
  for (const d of workspace.check(source) as { code: string | null; message: string; start_location: { row: number; column: number } }[]) {
    findings++;
    console.log(`${rel}:${d.start_location.row}:${d.start_location.column}: ${d.code ?? 'syntax'} ${d.message}`);
  }
  if (UNFORMATTED.some((dir) => rel.startsWith(dir))) continue;
  const formatted = workspace.format(source);
  if (formatted === source) continue;
  if (write) writeFileSync(path.join(ROOT, rel), formatted);
  else {
    findings++;
    console.log(`${rel}: not formatted (npm run format)`);
  }
}
console.log(`ruff ${Workspace.version()}: ${files.length} Python files, ${findings} finding(s)`);
process.exitCode = findings > 0 ? 1 : 0;
