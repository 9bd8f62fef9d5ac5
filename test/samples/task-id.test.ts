import { describe, expect, it } from 'vitest';
import { resolveTaskId, taskIdOfFolder, unknownTaskId } from '../../src/samples/task-id.ts';

const known = new Set(['pair-sum-count', 'count-primes', 'humaneval-0', 'humaneval-1']);

describe('resolveTaskId', () => {
  it("takes bare ids, Brisk/<id>, an imported suite's task ids and their kebab-case form", () => {
    expect(resolveTaskId('pair-sum-count', known)).toBe('pair-sum-count');
    expect(resolveTaskId('Brisk/pair-sum-count', known)).toBe('pair-sum-count');
    expect(resolveTaskId('brisk/humaneval-0', known)).toBe('humaneval-0');
    expect(resolveTaskId('HumanEval/3', known, { 'HumanEval/3': 'humaneval-3' })).toBe('humaneval-3');
    // Without suite.json the kebab-case form is tried.
    expect(resolveTaskId('HumanEval/1', known)).toBe('humaneval-1');
  });

  it('rejects a task of another suite even when its last part is one of ours', () => {
    expect(resolveTaskId('Mercury/pair-sum-count', known)).toBeUndefined();
    expect(resolveTaskId('HumanEval/99', known)).toBeUndefined();
    expect(resolveTaskId('no-such-task', known)).toBeUndefined();
    expect(unknownTaskId('Mercury/pair-sum-count')).toBe('unknown task_id "Mercury/pair-sum-count": a task of another suite (Mercury); Brisk\'s task ids are <id> or Brisk/<id>');
    expect(unknownTaskId('Brisk/nope')).toBe('unknown task_id "Brisk/nope"');
  });
});

describe('task folder names', () => {
  it('accepts plain ids and EvalPlus-style encoded task ids', () => {
    expect(taskIdOfFolder('pair-sum-count', known)).toBe('pair-sum-count');
    expect(taskIdOfFolder('Brisk_pair-sum-count', known)).toBe('pair-sum-count');
    expect(taskIdOfFolder('Brisk%2Fcount-primes', known)).toBe('count-primes');
    expect(taskIdOfFolder('Brisk--count-primes', known)).toBe('count-primes');
    expect(taskIdOfFolder('HumanEval_0', known)).toBe('humaneval-0');
    expect(taskIdOfFolder('HumanEval_7', known)).toBeUndefined();
    expect(taskIdOfFolder('Mercury_pair-sum-count', known)).toBeUndefined();
    expect(taskIdOfFolder('Mercury%2Fpair-sum-count', known)).toBeUndefined();
  });
});
