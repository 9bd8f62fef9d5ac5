// ENAMEL's sample files and EvalPlus task ids against an imported suite's names.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnamelSamples, readEnamelSamples } from '../../src/samples/enamel.ts';
import { readSamplesFile } from '../../src/samples/jsonl.ts';

const known = new Set(['humaneval-0', 'humaneval-1', 'humaneval-3']);
const indexIds = ['humaneval-0', 'humaneval-1', null, 'humaneval-3'];

describe('parseEnamelSamples', () => {
  it("recognises ENAMEL's two shapes and nothing else", () => {
    expect(parseEnamelSamples('[["a"], ["b"]]')).toEqual([['a'], ['b']]);
    expect(parseEnamelSamples('{"0": ["a"], "12": []}')).toEqual({ 0: ['a'], 12: [] });
    // One JSONL line is an object too, but its keys are not row numbers.
    expect(parseEnamelSamples('{"task_id": "HumanEval/0", "solution": "x"}')).toBeUndefined();
    expect(parseEnamelSamples('{"task_id": "a", "solution": "x"}\n{"task_id": "b", "solution": "y"}')).toBeUndefined();
  });
});

describe('readEnamelSamples', () => {
  it('maps rows to problems, keeps sample order, and reports what it cannot use', () => {
    const data = [['c0', 'c1'], 'not a list', ['excluded row'], [null], ['beyond the suite']];
    const load = readEnamelSamples('s.json', data, known, indexIds, 'm');
    expect([...load.entrant.samples.keys()]).toEqual(['humaneval-0', 'humaneval-3']);
    expect(load.entrant.samples.get('humaneval-0')!.map((s) => [s.source, s.origin])).toEqual([
      ['c0', 's.json[0][0]'],
      ['c1', 's.json[0][1]'],
    ]);
    // A null sample fails, as it would in ENAMEL: an empty source.
    expect(load.entrant.samples.get('humaneval-3')!.map((s) => s.source)).toEqual(['']);
    expect(load.errors).toEqual([
      's.json[1]: expected a list of code strings, got string; row skipped',
      's.json[3][0]: not a string (null); it counts as a failed sample',
      's.json: samples for 2 row(s) the suite does not hold were ignored (rows 2, 4)',
    ]);
  });

  it('needs an imported suite to know what the rows are', () => {
    expect(() => readEnamelSamples('s.json', [['x']], known, undefined, 'm')).toThrow(/^s\.json: ENAMEL-format samples .* need a suite imported/);
  });

  it('is what readSamplesFile reads a .json sample file as', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-enamel-samples-'));
    const file = path.join(dir, 'gpt.json');
    writeFileSync(file, JSON.stringify({ 1: ['def f(): pass'] }));
    const load = readSamplesFile(file, known, undefined, 'python', { indexIds });
    expect(load.entrant.name).toBe('gpt');
    expect([...load.entrant.samples.keys()]).toEqual(['humaneval-1']);
  });
});
