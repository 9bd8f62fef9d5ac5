// Library entry point of the `brisk` package.
export { evaluate, tierEntrants, type EvaluateOptions } from './api.ts';
export { effAtK, passAtK } from './score/estimators.ts';
export { levelEfficiencies, sampleScore, type LevelCost, type ScoringMode } from './score/efficiency.ts';
export { ResultsSchema, type Results } from './report/schema.ts';
export { readSamplesFile } from './samples/jsonl.ts';
export { extractCode } from './samples/extract.ts';
export { defineProblem, enamelLevels, type ProblemSpecInput } from './problem/spec.ts';
export type { Entrant, Sample } from './evaluate/run.ts';
export { MemoryCache, type ResultCache } from './evaluate/cache.ts';
export { SqliteStore } from './store/sqlite.ts';
