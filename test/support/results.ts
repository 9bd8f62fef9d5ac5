// A small, valid results.json object for report tests: two entrants, two problems.
import { ResultsSchema, type Results } from '../../src/report/schema.ts';

type Level = Results['entrants'][number]['problems'][number]['samples'][number]['levels'][number];

const level = (name: string, efficiency: number, cost?: number): Level => ({
  name,
  weight: 1,
  cost,
  refCost: 100,
  ratio: cost === undefined ? undefined : cost / 100,
  efficiency,
  censored: cost === undefined,
});

export function sampleResults(names: [string, string] = ['model-a', 'model-b']): Results {
  const sample = (index: number, origin: string, status: 'passed' | 'wrong_answer' | 'timeout', score: number, levels: Level[], message?: string) => ({
    index,
    origin,
    language: 'python' as const,
    status,
    passed: status !== 'wrong_answer',
    score,
    message,
    levels,
    wallMs: 12,
  });
  return ResultsSchema.parse({
    schemaVersion: 1,
    runId: 'run-test',
    createdAt: '2026-11-29T12:00:00.000Z',
    config: {
      meter: 'instructions',
      alpha: 2,
      scoring: 'default',
      ks: [1],
      suiteSeed: 1,
      repetitions: 7,
      minBatchNs: 1e6,
      censorFactor: 3,
      memoryBytes: 2 ** 31,
      jobs: 2,
      problems: ['p1', 'p2'],
      suite: '/suite',
    },
    environment: {
      meter: { name: 'instructions', unit: 'instructions', reason: 'test' },
      interpreter: { language: 'python', path: '/usr/bin/python3', version: '3.11.2' },
      isolation: { label: 'bubblewrap', bubblewrap: true, dropToNobody: true, notes: [] },
      machine: { hostname: 'h', cpu: 'cpu', cores: 2, memoryBytes: 1, os: 'linux', node: 'v20' },
      harnessVersion: 'h1',
      brisk: '0.1.0',
    },
    references: [
      {
        id: 'p1',
        language: 'python',
        version: 1,
        inputsDigest: 'd1',
        tier: 'expert',
        levelCosts: [
          { name: 'small', weight: 1, cost: 100 },
          { name: 'large', weight: 1, cost: 100 },
        ],
      },
      {
        id: 'p2',
        language: 'python',
        version: 1,
        inputsDigest: 'd2',
        tier: 'expert',
        levelCosts: [
          { name: 'small', weight: 1, cost: 100 },
          { name: 'large', weight: 1, cost: 100 },
        ],
      },
    ],
    entrants: [
      {
        name: names[0],
        summary: { problems: 2, samples: 2, 'pass@1': 1, 'eff@1': 0.75 },
        problems: [
          { id: 'p1', n: 1, correct: 1, 'pass@1': 1, 'eff@1': 1, samples: [sample(0, 'a.jsonl:1', 'passed', 1, [level('small', 1, 100), level('large', 1, 100)])] },
          { id: 'p2', n: 1, correct: 1, 'pass@1': 1, 'eff@1': 0.5, samples: [sample(0, 'a.jsonl:2', 'passed', 0.5, [level('small', 1, 100), level('large', 0, 400)])] },
        ],
      },
      {
        name: names[1],
        summary: { problems: 2, samples: 2, 'pass@1': 0.5, 'eff@1': 0.25 },
        problems: [
          { id: 'p1', n: 1, correct: 0, 'pass@1': 0, 'eff@1': 0, samples: [sample(0, 'b.jsonl:1', 'wrong_answer', 0, [level('small', 0), level('large', 0)], 'expected 3, got <b>4</b>')] },
          { id: 'p2', n: 1, correct: 1, 'pass@1': 1, 'eff@1': 0.5, samples: [sample(0, 'b.jsonl:2', 'timeout', 0.5, [level('small', 1, 100), level('large', 0)])] },
        ],
      },
    ],
    warnings: [],
  });
}
