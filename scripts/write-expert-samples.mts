// Writes every bundled problem's experts as samples, one JSONL file per language, each with a
// trailing comment so it is measured again rather than recognised as the reference:
// `node --import tsx scripts/write-expert-samples.mts OUT_DIR` -> OUT_DIR/experts-<language>.jsonl
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: write-expert-samples.mts OUT_DIR');
  process.exit(2);
}
for (const [language, file, comment] of [
  ['python', 'expert.py', '#'],
  ['javascript', 'expert.js', '//'],
] as const) {
  const lines: string[] = [];
  for (const id of readdirSync('reference-solutions').sort()) {
    const source = path.join('reference-solutions', id, language, file);
    if (existsSync(source)) lines.push(JSON.stringify({ task_id: id, language, solution: `${readFileSync(source, 'utf8')}\n${comment} measured again\n` }));
  }
  writeFileSync(path.join(out, `experts-${language}.jsonl`), `${lines.join('\n')}\n`);
}
