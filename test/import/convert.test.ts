// convertRow: one ENAMEL row and its generator's output -> a Brisk data problem, or why it is skipped.
import { describe, expect, it } from 'vitest';
import type { EnamelRow } from '../../src/import/enamel/dataset.ts';
import { convertRow, type Generated } from '../../src/import/enamel/convert.ts';

const prompt = 'from typing import List\n\n\ndef sum_evens(numbers: List[int]) -> int:\n    """ Sum of the even numbers. """\n';
const row: EnamelRow = {
  index: 4,
  task_id: 'HumanEval/12',
  prompt,
  input_generator: '',
  input_levels: '5 50 100 1000000000000000001',
  reference_solution: '    return sum(x for x in numbers if x % 2 == 0)\n',
  checker: 'def __check(input, answer, output):\n    return type(output) == type(answer) and output == answer\n',
  entry_point: 'sum_evens',
};
const gen: Generated = {
  ok: true,
  params: [{ name: 'numbers', annotation: 'List[int]' }],
  returns: 'int',
  docstring: ' Sum of the even numbers. ',
  levels: [[[[1, 2, 3, 4]]], [[[2]]], [[[]]], [[[6, 8]]]],
  outputs: [[6], [2], [0], [14]],
};

describe('convertRow', () => {
  it('makes a typed function problem with ENAMEL levels, the prompt as prelude and the expert runnable alone', () => {
    const c = convertRow(row, gen);
    if (!('problem' in c)) throw new Error(`skipped: ${c.reason}`);
    expect(c.id).toBe('humaneval-12');
    expect(c.checker).toBe('typed');
    expect(c.types).toEqual([
      { name: 'numbers', choice: { type: 'list[int]', from: 'hint' } },
      { name: '(return)', choice: { type: 'int', from: 'hint' } },
    ]);
    const spec = c.problem.spec;
    expect(spec.title).toBe('HumanEval/12: sum_evens');
    expect(spec.statement).toBe('Imported from ENAMEL (HumanEval/12, row 4). Implement `sum_evens` as the prompt describes:\n\nSum of the even numbers.');
    expect(spec.entry).toEqual({ python: 'sum_evens', javascript: 'sum_evens' });
    expect(spec.levels.map((l) => l.size)).toEqual([5, 50, 100, 1e18]);
    expect(c.problem.tests.levels).toBe(gen.levels);
    expect(c.problem.checker).toBeUndefined();
    expect(c.problem.prelude).toBe(prompt);
    expect(c.expert).toBe(`${prompt}\n${row.reference_solution}`);
  });

  it("keeps ENAMEL's own checker when it is more than equality, with the prompt in scope", () => {
    const checker = 'def __check(input, answer, output):\n    return abs(output - answer) < 1e-6\n';
    const c = convertRow({ ...row, checker }, gen);
    if (!('problem' in c)) throw new Error(`skipped: ${c.reason}`);
    expect(c.checker).toBe('python');
    expect(c.problem.checker).toBe(`${prompt}\n    pass\n${checker}`);
  });

  it('names the stage that failed as the reason to skip the row', () => {
    expect(convertRow(row, { ok: false, stage: 'generate', where: 'level 3', message: 'MemoryError' })).toEqual({ reason: 'input generator failed', detail: 'level 3: MemoryError' });
    expect(convertRow(row, { ok: false, stage: 'sandbox', where: '', message: 'timed out' })).toEqual({ reason: 'sandbox failure', detail: 'timed out' });
  });
});
