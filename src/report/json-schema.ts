// results.json's JSON Schema, generated from the zod schema (committed as schema/results.schema.json).
import { z } from 'zod';
import { ResultsSchema } from './schema.ts';

/**
 * The input side of the zod schema: objects allow unknown keys, as the zod schema accepts
 * them, so a reader holding this schema still validates a later, extended results.json.
 */
export function resultsJsonSchema(): string {
  const schema = z.toJSONSchema(ResultsSchema, { target: 'draft-2020-12', io: 'input' });
  return JSON.stringify({ ...schema, title: 'Brisk results.json' }, null, 2) + '\n';
}
