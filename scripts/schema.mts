// `npm run schema`: regenerates schema/results.schema.json and schema/profile.schema.json from
// the zod schemas (tests check both are current).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../src/problem/load.ts';
import { profileJsonSchema } from '../src/profile/schema.ts';
import { resultsJsonSchema } from '../src/report/json-schema.ts';

for (const [name, text] of [
  ['results.schema.json', resultsJsonSchema()],
  ['profile.schema.json', profileJsonSchema()],
] as const) {
  const file = path.join(PACKAGE_ROOT, 'schema', name);
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
