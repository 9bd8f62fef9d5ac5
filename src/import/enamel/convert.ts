// Pure: one ENAMEL row plus what its generator and expert produced -> a Brisk data problem.
import type { Wire } from '../../problem/codec.ts';
import type { DataProblem } from '../../problem/data-problem.ts';
import { enamelLevels } from '../../problem/spec.ts';
import { isPlainChecker, parseLevels, problemIdOf, type EnamelRow } from './dataset.ts';
import { chooseType, type TypeChoice } from './python-types.ts';

/** ENAMEL's tests per level, its seed, and its `n_tests`: fixed by its defaults. */
export const ENAMEL_SEED = 998244353;
export const ENAMEL_COUNTS = [8, 4, 4, 4] as const;

/** What generate.py reports for one row. */
export type Generated =
  | {
      ok: true;
      params: { name: string; annotation: string | null }[];
      returns: string | null;
      docstring: string;
      levels: Wire[][][];
      outputs: Wire[][];
    }
  | { ok: false; stage: 'prompt' | 'generate' | 'reference' | 'encode' | 'sandbox'; where: string; message: string };

export interface Converted {
  id: string;
  problem: DataProblem;
  /** Where each type came from, for the import report. */
  types: { name: string; choice: TypeChoice }[];
  checker: 'typed' | 'python';
  /** The expert: the prompt with the reference body appended, runnable on its own. */
  expert: string;
}

export type Skip = { reason: string; detail: string };

export function convertRow(row: EnamelRow, gen: Generated): Converted | Skip {
  if (!gen.ok) {
    const reason = {
      prompt: 'prompt has no usable signature',
      generate: 'input generator failed',
      reference: 'reference solution failed',
      encode: 'an input or output has no typed wire form',
      sandbox: 'sandbox failure',
    }[gen.stage];
    return { reason, detail: `${gen.where ? `${gen.where}: ` : ''}${gen.message}` };
  }
  const sizes = parseLevels(row.input_levels)!.map(Number) as [number, number, number, number];
  const id = problemIdOf(row.task_id);
  const args = gen.levels.flat();
  const types = gen.params.map((p, i) => ({
    name: p.name,
    choice: chooseType(
      p.annotation,
      args.map((a) => a[i]!),
    ),
  }));
  const returns = chooseType(gen.returns, gen.outputs.flat());
  const plain = isPlainChecker(row.checker);
  const statement = [
    `Imported from ENAMEL (${row.task_id}, row ${row.index}). Implement \`${row.entry_point}\` as the prompt describes:`,
    '',
    gen.docstring.trim() || '(the prompt has no docstring)',
  ].join('\n');
  return {
    id,
    checker: plain ? 'typed' : 'python',
    types: [...types, { name: '(return)', choice: returns }],
    expert: `${row.prompt}\n${row.reference_solution}`,
    problem: {
      spec: {
        id,
        title: `${row.task_id}: ${row.entry_point}`,
        statement,
        category: 'algorithm',
        tags: ['enamel'],
        version: 1,
        kind: 'function',
        signature: { params: types.map((t) => ({ name: t.name, type: t.choice.type })), returns: returns.type },
        entry: { python: row.entry_point, javascript: row.entry_point },
        levels: enamelLevels(sizes),
        check: {},
        cases: [],
      },
      tests: { levels: gen.levels },
      // ENAMEL runs the checker after the prompt plus a `pass` body, so the prompt's imports are in scope.
      checker: plain ? undefined : `${row.prompt}\n    pass\n${row.checker}`,
      prelude: row.prompt,
    },
  };
}
