import { defineConfig } from 'vitest/config';

/**
 * Tests that start sandboxes, interpreters, the `brisk` command, a browser or npm: the sandbox
 * project. Everything else is the unit project (mocks, pure code; under 30 s): `npm run test:unit`.
 */
const SANDBOX = [
  'test/cli/agreement.test.ts',
  'test/cli/compare.test.ts',
  'test/cli/exit-codes.test.ts',
  'test/cli/meters.test.ts',
  'test/cli/profile.test.ts',
  'test/cli/resume.test.ts',
  'test/cli/run.test.ts',
  'test/cli/samples.test.ts',
  'test/harness/**/*.test.ts',
  'test/hostile/**/*.test.ts',
  'test/import/enamel-import.test.ts',
  'test/measure/instructions.test.ts',
  'test/measure/cycles.test.ts',
  'test/measure/perf.test.ts',
  'test/package/**/*.test.ts',
  'test/problem/suite.test.ts',
  'test/profile/classify.test.ts',
  'test/profile/line-trace-hostile.test.ts',
  'test/profile/lines.test.ts',
  'test/queue/cli.test.ts',
  'test/queue/faults.test.ts',
  'test/report/browser.test.ts',
  'test/sandbox/count-tool.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Sandboxed runs are CPU-bound; two workers match this 2-core machine.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: SANDBOX, testTimeout: 30_000 } },
      { extends: true, test: { name: 'sandbox', include: SANDBOX } },
    ],
  },
});
