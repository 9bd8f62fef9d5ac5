// `npm run schema`: regenerates schema/results.schema.json from the zod schema (a test checks it is current).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../src/problem/load.ts';
import { resultsJsonSchema } from '../src/report/json-schema.ts';

const file = path.join(PACKAGE_ROOT, 'schema', 'results.schema.json');
writeFileSync(file, resultsJsonSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
