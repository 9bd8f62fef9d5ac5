// `brisk import enamel` on a toy checkout written for these tests (test/fixtures/enamel-toy):
// the real sandbox runs its generators once, the inputs are frozen, and a run scores samples
// given in ENAMEL's JSON format.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/api.ts';
import { importEnamel, summarizeImport, type ImportReport } from '../../src/import/enamel/import.ts';
import { readSuiteInfo } from '../../src/import/suite-info.ts';
import { problemDigest, readDigests } from '../../src/problem/digests.ts';
import { buildTests } from '../../src/problem/inputs.ts';
import { loadProblem, PACKAGE_ROOT } from '../../src/problem/load.ts';
import type { Results } from '../../src/report/schema.ts';
import { readSamplesFile } from '../../src/samples/jsonl.ts';
import { detectIsolation } from '../../src/sandbox/detect.ts';
import { pythonInterpreter } from '../../src/sandbox/interpreter.ts';

const TOY = path.join(PACKAGE_ROOT, 'test/fixtures/enamel-toy');

async function importTo(out: string): Promise<ImportReport> {
  return importEnamel({ checkout: TOY, out, isolation: await detectIsolation(), python: await pythonInterpreter(), jobs: 2 });
}

describe('brisk import enamel (toy checkout)', () => {
  let tmp: string;
  let a: string;
  let b: string;
  let report: ImportReport;
  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'brisk-enamel-'));
    a = path.join(tmp, 'a');
    b = path.join(tmp, 'b');
    report = await importTo(a);
    await importTo(b);
  }, 300_000);

  it('imports the PROBLEMSET rows it can and says why it skipped the others', () => {
    expect(report.imported.map((p) => [p.taskId, p.id, p.checker])).toEqual([
      ['Toy/0', 'toy-0', 'typed'],
      ['Toy/1', 'toy-1', 'python'],
      ['Toy/2', 'toy-2', 'typed'],
      ['Toy/7', 'toy-7', 'typed'],
    ]);
    expect(report.problemSet.rows).toEqual([0, 1, 2, 4, 5, 6, 7]); // Toy/3 is not in the toy PROBLEMSET
    expect(report.skipped.map((s) => [s.taskId, s.reason])).toEqual([
      ['Toy/4', 'input generator failed'],
      ['Toy/5', 'input_levels is not four sizes'],
      ['Toy/6', 'an input or output has no typed wire form'],
    ]);
    expect(report.skipped[0]!.detail).toBe('level 1 case 0: ValueError: toy generator refuses level 1');
    expect(summarizeImport(report)).toEqual([
      'imported 4 problem(s) (1 with a Python checker)',
      `left out 1 row(s) not in ENAMEL's PROBLEMSET (${path.join(TOY, 'enam/__init__.py')})`,
      'skipped 1: input generator failed (Toy/4)',
      'skipped 1: input_levels is not four sizes (Toy/5)',
      'skipped 1: an input or output has no typed wire form (Toy/6)',
    ]);
    expect(readSuiteInfo(a)!.indexIds).toEqual(['toy-0', 'toy-1', 'toy-2', null, null, null, null, 'toy-7']);
    expect(report.skipped[2]!.detail).toBe('level 0 case 0: TypeError: a value of type object has no wire encoding');
  });

  it('takes level sizes past 2^53 exactly, as HumanEval/75 needs', async () => {
    const problem = await loadProblem(a, 'toy-7');
    expect(problem.spec.levels.map((l) => l.size)).toEqual([1, 2, 3, 1e18]);
    // The generator returned size + case: the exact Python ints, frozen.
    const large = buildTests(problem.spec, 0).filter((t) => t.id.startsWith('large-'));
    expect(large.map((t) => t.args)).toEqual(['1000000000000000001', '1000000000000000002', '1000000000000000003', '1000000000000000004'].map((n) => [{ $int: n }]));
  });

  it('--rows: a partial re-import keeps the problems imported earlier; a row outside the set is an error', async () => {
    const c = path.join(tmp, 'partial');
    cpSync(a, c, { recursive: true });
    const before = readFileSync(path.join(c, 'problems/toy-0/tests.json'), 'utf8');
    const partial = await importEnamel({ checkout: TOY, out: c, isolation: await detectIsolation(), python: await pythonInterpreter(), jobs: 1, rows: [2] });
    expect(partial.imported.map((p) => p.id)).toEqual(['toy-0', 'toy-1', 'toy-2', 'toy-7']);
    expect(readFileSync(path.join(c, 'problems/toy-0/tests.json'), 'utf8')).toBe(before);
    expect(readSuiteInfo(c)).toEqual(readSuiteInfo(a));
    expect(readDigests(c)).toEqual(readDigests(a));
    const rows = (r: number[]) =>
      importEnamel({ checkout: TOY, out: c, isolation: { bubblewrap: false, dropToNobody: false, notes: [] }, python: { language: 'python', path: '/nowhere', version: '3' }, jobs: 1, rows: r });
    await expect(rows([999])).rejects.toThrow(/^--rows: 999: not a row of the dataset \(rows 0-7\)$/);
    await expect(rows([3])).rejects.toThrow(/^--rows: 3: not in ENAMEL's PROBLEMSET/);
  });

  it('types from hints, and from the values when the prompt has none', async () => {
    const typed = await loadProblem(a, 'toy-0');
    expect(typed.spec.kind === 'function' && typed.spec.signature).toEqual({ params: [{ name: 'numbers', type: 'list[int]' }], returns: 'int' });
    const untyped = report.imported.find((p) => p.id === 'toy-2')!;
    expect(untyped.types.map((t) => [t.name, t.choice.type, t.choice.from])).toEqual([
      ['text', 'str', 'values'],
      ['(return)', 'int', 'values'],
    ]);
  });

  it('freezes the generated inputs: byte-identical on re-import, with the digests recorded', async () => {
    for (const id of ['toy-0', 'toy-1', 'toy-2', 'toy-7']) {
      const file = (dir: string) => readFileSync(path.join(dir, 'problems', id, 'tests.json'), 'utf8');
      expect(file(a)).toBe(file(b));
      const problem = await loadProblem(a, id);
      // 8 + 4 + 4 + 4 tests, ENAMEL's counts; the suite seed does not touch frozen inputs.
      expect(buildTests(problem.spec, 1)).toHaveLength(20);
      expect(problemDigest(problem, 1)).toBe(problemDigest(problem, 2));
      expect(readDigests(a)[id]).toBe(problemDigest(problem, 1));
    }
    expect(readDigests(a)).toEqual(readDigests(b));
  });

  it("seeds each case as ENAMEL does: seed ^ row ^ (earlier levels' tests + case)", async () => {
    // toy-1 is row 1; its last level's case 3 has offset 8 + 4 + 4 = 16, so k = 19.
    const py = await execa('python3', ['-c', 'import random, json; random.seed(998244353 ^ 1 ^ 19); print(json.dumps([random.uniform(-10.0, 10.0) for _ in range(200)]))']);
    const tests = buildTests((await loadProblem(a, 'toy-1')).spec, 0);
    expect(tests.at(-1)!.id).toBe('large-4');
    expect(tests.at(-1)!.args).toEqual([JSON.parse(py.stdout)]);
  });

  it('keeps the custom checker next to the problem, after the prompt as ENAMEL runs it', () => {
    const checker = readFileSync(path.join(a, 'problems/toy-1/checker.py'), 'utf8');
    expect(checker).toContain('def mean_value(values: List[float]) -> float:');
    expect(checker).toMatch(/"""\n {4}pass\ndef __check\(input, answer, output\):\n {4}return type\(output\) in \(int, float\) and abs\(answer - output\) < 1e-6\n$/);
    expect(readFileSync(path.join(a, 'reference-solutions/toy-1/python/expert.py'), 'utf8')).toMatch(/"""\n {4}return sum\(values\) \/ len\(values\)\n$/);
  });

  it('refuses a frozen test file that does not match the levels', async () => {
    const c = path.join(tmp, 'c');
    cpSync(a, c, { recursive: true });
    const file = path.join(c, 'problems/toy-0/tests.json');
    const tests = JSON.parse(readFileSync(file, 'utf8')) as { levels: unknown[][] };
    tests.levels[1]!.pop();
    writeFileSync(file, JSON.stringify(tests));
    const problem = await loadProblem(c, 'toy-0');
    expect(() => buildTests(problem.spec, 0)).toThrow('toy-0: tests: level small has 3 frozen case(s), the spec says 4');
  });

  it('will not clear a folder that is not an imported suite', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'brisk-enamel-other-'));
    writeFileSync(path.join(other, 'keep.txt'), 'mine');
    await expect(importTo(other)).rejects.toThrow(/is not an imported suite/);
    expect(readFileSync(path.join(other, 'keep.txt'), 'utf8')).toBe('mine');
  });

  describe('a run with samples in ENAMEL format', () => {
    let results: Results;
    beforeAll(async () => {
      const samplesFile = path.join(tmp, 'model.json');
      // Rows 0..5 as in ENAMEL's files; rows the suite does not hold (3, 4, 5) are ignored.
      const codes = [
        ['def sum_evens(numbers):\n    return sum(x for x in numbers if x % 2 == 0)\n', 'def sum_evens(numbers):\n    return sum(x for x in numbers if x % 2)\n'],
        ['def mean_value(values):\n    return sum(values) / len(values) + 1e-9\n', 'def mean_value(values):\n    return sorted(values)[len(values) // 2]\n'],
        // A bare body, as HumanEval completions are: it follows the prompt, as in ENAMEL.
        ["    return sum(1 for c in text if c in 'aeiou')\n", 'def count_vowels(text):\n    return len(text)\n'],
        ['pass'],
        ['pass'],
        ['pass'],
      ];
      writeFileSync(samplesFile, JSON.stringify(codes));
      const info = readSuiteInfo(a)!;
      const load = readSamplesFile(samplesFile, new Set(['toy-0', 'toy-1', 'toy-2']), undefined, 'python', info);
      expect(load.errors).toEqual([`${samplesFile}: samples for 3 row(s) the suite does not hold were ignored (rows 3, 4, 5)`]);
      results = await evaluate({ suite: a, problems: ['toy-0', 'toy-1', 'toy-2'], entrants: [load.entrant], meter: 'time', scoring: 'enamel', repetitions: 2, jobs: 2 });
    }, 300_000);

    const sample = (id: string, index: number) => {
      const p = results.entrants[0]!.problems.find((x) => x.id === id)!;
      return p.samples.find((s) => s.index === index)!;
    };

    it('catches a wrong answer with the typed comparison', () => {
      expect(sample('toy-0', 0).status).toBe('passed');
      expect(sample('toy-0', 1).status).toBe('wrong_answer');
      expect(sample('toy-0', 1).message).toMatch(/^the result: expected -?\d+, got -?\d+$/);
    });

    it('lets the Python checker accept a near answer and reject a wrong one', () => {
      expect(sample('toy-1', 0).status).toBe('passed');
      expect(sample('toy-1', 1).status).toBe('wrong_answer');
      expect(sample('toy-1', 1).message).toBe('the checker rejected the output');
    });

    it('runs a bare body after the prompt, and scores pass@1 per problem', () => {
      expect(sample('toy-2', 0).status).toBe('passed');
      expect(sample('toy-2', 1).status).toBe('wrong_answer');
      // Each problem: 1 of 2 samples correct, so pass@1 = 1/2 everywhere.
      expect(results.entrants[0]!.problems.map((p) => p['pass@1'])).toEqual([0.5, 0.5, 0.5]);
      expect(results.config.scoring).toBe('enamel');
    });
  });
});
