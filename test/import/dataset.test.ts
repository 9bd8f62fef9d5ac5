// ENAMEL's dataset format: the CSV with multi-line quoted Python, PROBLEMSET, checker and id rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LevelSchema } from '../../src/problem/spec.ts';
import { describe, expect, it } from 'vitest';
import { defaultProblemSet, isPlainChecker, parseDataset, parseLevels, parseProblemSet, problemIdOf } from '../../src/import/enamel/dataset.ts';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';

const TOY = path.join(PACKAGE_ROOT, 'test/fixtures/enamel-toy');

describe('parseDataset', () => {
  const csv = readFileSync(path.join(TOY, 'dataset/enamel.csv'), 'utf8');

  it('reads every row with its multi-line quoted fields intact', () => {
    const rows = parseDataset(csv, 'enamel.csv');
    expect(rows.map((r) => r.task_id)).toEqual(['Toy/0', 'Toy/1', 'Toy/2', 'Toy/3', 'Toy/4', 'Toy/5', 'Toy/6', 'Toy/7']);
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // The doubled quotes of the CSV become the docstring's triple quotes.
    expect(rows[0]!.prompt).toContain('def sum_evens(numbers: List[int]) -> int:\n    """ Sum of the even numbers');
    expect(rows[0]!.prompt.split('\n')).toHaveLength(8);
    expect(rows[1]!.checker).toBe('def __check(input, answer, output):\n    return type(output) in (int, float) and abs(answer - output) < 1e-6\n');
    expect(rows[2]!.entry_point).toBe('count_vowels');
    expect(rows[5]!.input_levels).toBe('1 2 3');
  });

  it('names the file and the missing columns', () => {
    expect(() => parseDataset('task_id,prompt\nA,"x"\n', 'd.csv')).toThrow(/^d\.csv: missing column\(s\) input_generator, input_levels/);
    expect(() => parseDataset('task_id,prompt\n"A,x\n', 'd.csv')).toThrow(/^d\.csv: not a CSV file/);
  });
});

describe('PROBLEMSET', () => {
  it('reads the exclusions of enam/__init__.py', () => {
    expect(parseProblemSet(readFileSync(path.join(TOY, 'enam/__init__.py'), 'utf8'))).toEqual([0, 1, 2, 4, 5, 6, 7]);
    expect(parseProblemSet('PROBLEMSET = list(range(10))')).toBeUndefined();
  });

  it("keeps ENAMEL's 142 of HumanEval's 164 by default", () => {
    const set = defaultProblemSet();
    expect(set).toHaveLength(164 - 22);
    expect(set.slice(0, 4)).toEqual([0, 1, 3, 4]); // 2 is excluded
    expect(set).not.toContain(160);
    expect(set.at(-1)).toBe(163);
  });
});

describe('row rules', () => {
  it('recognises the plain equality checker, whitespace and comments aside', () => {
    expect(isPlainChecker('def __check(input, answer, output):\n    return type(output) == type(answer) and output == answer\n')).toBe(true);
    expect(isPlainChecker('def __check(input,answer,output): # exact\n  return type(output)==type(answer) and output==answer')).toBe(true);
    expect(isPlainChecker('def __check(input, answer, output):\n    return abs(answer - output) < 1e-6\n')).toBe(false);
    expect(isPlainChecker('def __check(input, answer, output):\n    return output == answer\n')).toBe(false);
  });

  it('turns task ids into kebab-case problem ids and reads four level sizes', () => {
    expect(problemIdOf('HumanEval/12')).toBe('humaneval-12');
    expect(problemIdOf('Toy/0')).toBe('toy-0');
    expect(parseLevels('20 100 10000 15000')).toEqual(['20', '100', '10000', '15000']);
    // HumanEval/75's largest level is past 2^53; it stays exact.
    expect(parseLevels('1000 10000000 1000000000 1000000000000000001')).toEqual(['1000', '10000000', '1000000000', '1000000000000000001']);
    expect(parseLevels('1 2 3')).toBeUndefined();
    expect(parseLevels('1 2 x 4')).toBeUndefined();
  });
});

describe('importEnamel on a folder that is not a checkout', () => {
  it('names the missing file in one line', async () => {
    const { importEnamel } = await import('../../src/import/enamel/import.ts');
    const isolation = { bubblewrap: false, dropToNobody: false, notes: [] };
    const python = { language: 'python' as const, path: '/usr/bin/python3', version: '3' };
    await expect(importEnamel({ checkout: '/nonexistent-enamel', out: '/tmp/unused', isolation, python, jobs: 1 })).rejects.toThrow(
      '/nonexistent-enamel/dataset/enamel.csv: missing; give the root of an ENAMEL checkout',
    );
  });
});

describe('level sizes', () => {
  it('a spec level may be sized past 2^53 (imported tests are frozen; the size is what the origin says)', () => {
    expect(LevelSchema.parse({ name: 'large', weight: 4, cases: 4, size: 1e18 }).size).toBe(1e18);
    expect(LevelSchema.safeParse({ name: 'large', weight: 4, cases: 4, size: 2.5 }).success).toBe(false);
  });
});
