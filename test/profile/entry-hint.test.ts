import { describe, expect, it } from 'vitest';
import { definedFunctions, entryHint } from '../../src/profile/entry-hint.ts';

describe('entry hints for brisk profile', () => {
  it('finds the top-level functions a source defines, in order', () => {
    expect(definedFunctions('import x\n\ndef helper(a):\n    def inner():\n        pass\n\ndef solve(nums, t):\n    return 0\n', 'python')).toEqual(['helper', 'solve']);
    const js = 'export function twoSum(a, t) {}\nconst helper = (x) => x;\nlet other = async function () {};\nconst n = 3;\n';
    expect(definedFunctions(js, 'javascript')).toEqual(['twoSum', 'helper', 'other']);
    expect(definedFunctions('const f = (xs: number[]): number => xs.length;\n', 'typescript')).toEqual(['f']);
  });

  it('suggests --entry only when the entry function is missing', () => {
    expect(entryHint("no function named 'count_pairs'", 'def solve(nums, t):\n    return 0\n', 'python')).toBe('; it defines solve: try --entry solve');
    expect(entryHint("no function named 'f'", 'x = 1\n', 'python')).toBe('; it defines no top-level function: --entry NAME names the one to call');
    expect(entryHint('the result: expected 3, got 4', 'def solve(): pass\n', 'python')).toBe('');
    expect(entryHint(undefined, 'def solve(): pass\n', 'python')).toBe('');
  });
});
