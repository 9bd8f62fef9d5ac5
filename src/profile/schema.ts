// The published shape of profile.json (`brisk profile`). Costs are in `unit`, the meter's.
// Later versions extend it; they never break it. JSON Schema: schema/profile.schema.json.
import { z } from 'zod';
import { SampleSchema } from '../report/schema.ts';

const num = z.number();
const opt = <T extends z.ZodType>(s: T) => s.optional();

const Candidate = SampleSchema.omit({ index: true, origin: true, language: true }).extend({
  failingInput: z.string().optional().describe('the input of the first failing test, shortened'),
});

const ClassFit = z.object({ name: z.string(), a: num, b: num, relError: num.describe('root mean square of (fit - cost) / cost') });

const Fit = z.object({
  best: ClassFit.describe('the simplest class within 15% of the smallest fit error'),
  rSquared: num,
  logLogSlope: num,
  all: z.array(ClassFit),
});

const LineRow = z.object({
  line: z.number().int().describe('1-based line of the source'),
  text: z.string(),
  counts: z.array(num.nullable()).describe('mean executions per call at each of `sizes` (null: not traced there)'),
  growth: opt(z.string()).describe('complexity class fitted to the counts (absent with fewer than 3 sizes where the line ran)'),
  fitError: opt(num),
  logLogSlope: opt(num),
  weight: opt(num).describe('Python: bytecode instructions per execution, counted on one call'),
  share: opt(num).describe("modelled share of the meter's cost at attribution.n; absent for O(1) lines, whose cost is in attribution.fixed"),
  executionShare: opt(num).describe('share of all line executions at the largest traced size'),
});

const Attribution = z.object({
  n: num.describe('the size the shares are given at'),
  unit: z.string(),
  workUnit: z.enum(['bytecode instruction', 'line execution']).describe("what a line's work is counted in: executions x weight (Python), or executions (JavaScript)"),
  perUnit: z.record(z.string(), num).describe('fitted cost per unit of work, per growth class'),
  fixed: num.describe('fitted cost per call not tied to line executions (call overhead, O(1) lines)'),
  fixedShare: num,
  fitError: num.describe('root mean square relative error of the model over the traced calls'),
  holdoutError: opt(num).describe('relative error of predicting the largest size from a fit on the smaller ones'),
  baseline: opt(z.object({ fitError: num, holdoutError: opt(num) })).describe('the same figures for one cost per unit of work for all lines'),
});

const LineProfile = z.object({
  sizes: z.array(num),
  lines: z.array(LineRow).describe('every line that ran at some size'),
  attribution: opt(Attribution),
  hot: opt(z.object({ line: z.number().int(), text: z.string(), growth: z.string(), n: num, count: num, share: opt(num) })).describe(
    'the line whose modelled cost grows most from the smallest to the largest traced size',
  ),
  failure: opt(z.string()).describe('why counts stop before the largest measured size'),
});

const Curve = z.object({
  who: z.string().describe('candidate, other (the second version), or a reference tier'),
  points: z.array(z.object({ n: num, cost: opt(num) })),
  fit: opt(Fit),
  failure: opt(z.string()),
  source: opt(z.string()),
  lines: opt(LineProfile),
});

const Comparison = z.object({
  labels: z.tuple([z.string(), z.string()]),
  other: Candidate.describe("the second version's result"),
  levels: z
    .array(z.object({ name: z.string(), costA: opt(num), costB: opt(num), ratio: opt(num).describe('costB / costA'), low: opt(num), high: opt(num) }))
    .describe('per scored level: max over its tests for each version, their ratio and a 95% paired bootstrap interval over the tests'),
  growth: z.object({ a: opt(z.object({ class: z.string(), slope: num })), b: opt(z.object({ class: z.string(), slope: num })) }),
  lines: z
    .array(
      z.object({
        a: opt(z.number().int()),
        b: opt(z.number().int()),
        text: z.string(),
        growthA: opt(z.string()),
        growthB: opt(z.string()),
        change: z.enum(['same', 'growth', 'removed', 'added']),
      }),
    )
    .describe('both sources aligned by a longest common subsequence of their lines'),
  verdict: z.string(),
});

export const ProfileSchema = z.object({
  problem: z.string(),
  language: z.enum(['python', 'javascript', 'typescript']),
  meter: z.string(),
  unit: z.string(),
  candidate: Candidate,
  tiers: z.array(z.object({ tier: z.string(), levels: z.array(z.object({ name: z.string(), tierCost: opt(num), candidateCost: opt(num), ratio: opt(num) })) })),
  curves: z.array(Curve),
  verdict: z.string(),
  lineVerdict: opt(z.string()),
  comparison: opt(Comparison),
});

export function profileJsonSchema(): string {
  const schema = z.toJSONSchema(ProfileSchema, { target: 'draft-2020-12', io: 'input' });
  return JSON.stringify({ ...schema, title: 'Brisk profile.json' }, null, 2) + '\n';
}
