// Builds a problem's ordered test list: hand-written cases first (correctness level), then each
// level's generated cases. Pure: the same spec and seed give byte-identical inputs.
import { createHash } from 'node:crypto';
import { encodeTyped, type Wire } from './codec.ts';
import { caseSeed, Rng } from './rng.ts';
import type { FrozenTests, ProblemSpec } from './spec.ts';
import { parseType, type TypeNode } from './types.ts';

export interface TestCase {
  /** Stable id within the problem, e.g. `case-3` or `large-1`. */
  id: string;
  level: number;
  /** Encoded arguments (function problems). */
  args?: Wire[];
  /** Program input (stdio problems). */
  stdin?: string;
  /** Hand-written expected output, when the case has one. */
  expected?: Wire | string;
}

export interface Signature {
  params: { name: string; type: TypeNode }[];
  returns: TypeNode;
}

export function parseSignature(spec: ProblemSpec): Signature | undefined {
  if (spec.kind !== 'function') return undefined;
  const params = spec.signature.params.map((p) => ({ name: p.name, type: parseType(p.type) }));
  return { params, returns: parseType(spec.signature.returns) };
}

export function buildTests(spec: ProblemSpec, suiteSeed: number): TestCase[] {
  const sig = parseSignature(spec);
  const tests: TestCase[] = [];
  spec.cases.forEach((c, i) => {
    const where = `${spec.id} case ${i + 1}`;
    if ('args' in c) {
      tests.push({ id: `case-${i + 1}`, level: 0, args: encodeArgs(c.args, sig!, where), expected: encodeTyped(c.expected, sig!.returns, `${where} expected`) });
    } else {
      tests.push({ id: `case-${i + 1}`, level: 0, stdin: c.stdin, expected: c.expected });
    }
  });
  if (spec.tests) {
    tests.push(...frozenTests(spec, spec.tests));
    return tests;
  }
  const generate = spec.generate;
  if (!generate) throw new Error(`${spec.id}: neither a generate function nor frozen tests`);
  spec.levels.forEach((level, li) => {
    for (let ci = 0; ci < level.cases; ci++) {
      const rng = new Rng(caseSeed(suiteSeed, spec.id, level.name, ci));
      const where = `${spec.id} level ${level.name} case ${ci}`;
      let raw: unknown;
      try {
        raw = generate(rng, level.size, { name: level.name, index: li, size: level.size, caseIndex: ci });
      } catch (err) {
        throw new Error(`${where}: generate threw: ${(err as Error).message}`);
      }
      const id = `${level.name}-${ci + 1}`;
      if (spec.kind === 'stdio') {
        if (typeof raw !== 'string') throw new Error(`${where}: generate must return the stdin text`);
        tests.push({ id, level: li, stdin: raw });
      } else {
        if (!Array.isArray(raw)) throw new Error(`${where}: generate must return the argument list`);
        tests.push({ id, level: li, args: encodeArgs(raw, sig!, where) });
      }
    }
  });
  return tests;
}

/** Frozen tests are already wire-encoded: they are taken as they are, in the same id scheme. */
function frozenTests(spec: ProblemSpec, frozen: FrozenTests): TestCase[] {
  if (spec.kind !== 'function') throw new Error(`${spec.id}: frozen tests are for function problems`);
  if (frozen.levels.length !== spec.levels.length) {
    throw new Error(`${spec.id}: tests: ${frozen.levels.length} level(s) of frozen tests, the spec has ${spec.levels.length}`);
  }
  return spec.levels.flatMap((level, li) => {
    const cases = frozen.levels[li]!;
    if (cases.length !== level.cases) throw new Error(`${spec.id}: tests: level ${level.name} has ${cases.length} frozen case(s), the spec says ${level.cases}`);
    return cases.map((args, ci) => {
      if (!Array.isArray(args) || args.length !== spec.signature.params.length) {
        throw new Error(`${spec.id}: tests: level ${level.name} case ${ci}: expected ${spec.signature.params.length} argument(s)`);
      }
      return { id: `${level.name}-${ci + 1}`, level: li, args };
    });
  });
}

function encodeArgs(args: unknown[], sig: Signature, where: string): Wire[] {
  if (args.length !== sig.params.length) {
    throw new Error(`${where}: ${args.length} arguments given, the signature has ${sig.params.length}`);
  }
  return args.map((a, i) => encodeTyped(a, sig.params[i]!.type, `${where} ${sig.params[i]!.name}`));
}

/** sha256 over the encoded inputs: recorded per problem, so a changed generator is noticed. */
export function inputsDigest(tests: TestCase[]): string {
  const h = createHash('sha256');
  for (const t of tests) h.update(JSON.stringify([t.id, t.level, t.args ?? t.stdin]) + '\n');
  return h.digest('hex');
}
