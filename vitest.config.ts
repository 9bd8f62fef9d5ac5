import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Sandboxed runs are CPU-bound; two workers match this 2-core machine.
    maxWorkers: 2,
  },
});
