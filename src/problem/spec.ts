// The problem specification (problems/<id>/problem.ts), validated with zod.
import { z } from 'zod';
import type { Wire } from './codec.ts';
import type { Rng } from './rng.ts';

export interface LevelInfo {
  name: string;
  index: number;
  size: number;
  caseIndex: number;
}

export type Generator = (rng: Rng, size: number, level: LevelInfo) => unknown;
/** Tests frozen as data (imported suites): per level, per case, the wire-encoded arguments. */
export interface FrozenTests {
  levels: Wire[][][];
}

export type CustomCheck = (expected: Wire, actual: Wire, args: Wire[]) => string | null;

const fn = <T>(what: string) => z.custom<T>((v) => typeof v === 'function', { message: `${what} must be a function` });

export const LevelSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/, 'level names are kebab-case'),
  weight: z.number().min(0),
  cases: z.number().int().min(1).max(1000),
  // Not limited to safe integers: an imported level may be sized 10^18 (its tests are frozen).
  size: z.number().min(0).refine(Number.isInteger, 'size must be a whole number'),
});
export type Level = z.infer<typeof LevelSchema>;

const Param = z.object({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), type: z.string() });

const Common = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'problem ids are kebab-case'),
  title: z.string().min(1),
  statement: z.string().min(20, 'write a statement: task, input bounds, output format, ties'),
  category: z.enum(['algorithm', 'implementation']),
  tags: z.array(z.string()).default([]),
  /** Why the standard tier does not score strictly between naive and expert, if it does not: for every language, or per language. */
  standardNote: z.union([z.string().min(20), z.object({ python: z.string().min(20).optional(), javascript: z.string().min(20).optional() }).strict()]).optional(),
  /** Bump when generators or cases change on purpose; it is part of every cache key. */
  version: z.number().int().min(1).default(1),
  levels: z.array(LevelSchema).min(2),
  /** Seeded generator of each level's inputs; or, instead, `tests` frozen as data. */
  generate: fn<Generator>('generate').optional(),
  tests: z
    .custom<FrozenTests>((v) => typeof v === 'object' && v !== null && Array.isArray((v as FrozenTests).levels), {
      message: 'tests must be { levels: [[args, ...], ...] }',
    })
    .optional(),
  /** Source every Python candidate and reference is appended to (an imported prompt's imports and helpers). */
  prelude: z.object({ python: z.string().optional() }).optional(),
};

export const FunctionProblemSchema = z.object({
  ...Common,
  kind: z.literal('function'),
  signature: z.object({ params: z.array(Param).min(1), returns: z.string() }),
  entry: z.object({ python: z.string().min(1), javascript: z.string().min(1) }),
  check: z
    .object({
      unordered: z.boolean().optional(),
      abs: z.number().min(0).optional(),
      rel: z.number().min(0).optional(),
      custom: fn<CustomCheck>('check.custom').optional(),
      /**
       * Python source defining `__check(input, answer, output) -> bool` (ENAMEL's form), run by the
       * harness in the sandbox after each call; replaces the typed comparison.
       */
      python: z.string().optional(),
    })
    .prefault({}),
  // At least one unless the tests are frozen (checked by the loader).
  cases: z.array(z.object({ args: z.array(z.unknown()), expected: z.unknown(), note: z.string().optional() })),
});

export const StdioProblemSchema = z.object({
  ...Common,
  kind: z.literal('stdio'),
  cases: z.array(z.object({ stdin: z.string(), expected: z.string(), note: z.string().optional() })),
});

export const ProblemSpecSchema = z.discriminatedUnion('kind', [FunctionProblemSchema, StdioProblemSchema]);
export type ProblemSpec = z.infer<typeof ProblemSpecSchema>;
export type ProblemSpecInput = z.input<typeof ProblemSpecSchema>;
export type FunctionProblemSpec = z.infer<typeof FunctionProblemSchema>;

/** ENAMEL's default levels: a correctness level (weight 0, 8 cases) and three scored ones (3, 3, 4). */
export function enamelLevels(sizes: [number, number, number, number]): Level[] {
  return [
    { name: 'correctness', weight: 0, cases: 8, size: sizes[0] },
    { name: 'small', weight: 3, cases: 4, size: sizes[1] },
    { name: 'medium', weight: 3, cases: 4, size: sizes[2] },
    { name: 'large', weight: 4, cases: 4, size: sizes[3] },
  ];
}

/** Identity with types, so problem files get checking and completion. */
export function defineProblem(spec: ProblemSpecInput): ProblemSpecInput {
  return spec;
}
