// The JavaScript time mode: tinybench, staged into the sandbox, times every call separately.
import { describe, expect, it } from 'vitest';
import { parseType } from '../../src/problem/types.ts';
import { realExecutor } from '../support/real.ts';

describe('JavaScript timing through tinybench', () => {
  it('takes repetitions x calibrated calls, one value per call, after a warm-up', async () => {
    const ex = await realExecutor();
    // A ~0.1-1 ms call with minBatchNs 2 ms calibrates to a few calls per repetition.
    const source = 'function busy(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i * i) % 1000003; return s; }';
    const out = await ex.run(
      {
        language: 'javascript',
        kind: 'function',
        entry: 'busy',
        returns: parseType('int'),
        source,
        mode: 'native',
        tests: [{ args: [{ $int: '200000' }], time: true }],
        timing: { repetitions: 3, minBatchNs: 2_000_000, maxBatch: 50 },
      },
      { callLimitMs: () => 10_000, memoryBytes: 512 * 2 ** 20 },
    );
    expect(out.status, out.message).toBe('completed');
    const rec = out.tests[0]!;
    expect(rec.status, rec.message).toBe('passed');
    expect(rec.batch).toBe(1);
    const samples = rec.samples!;
    // 3 repetitions of at least one call each, every one a positive duration in ns.
    expect(samples.length % 3).toBe(0);
    expect(samples.length).toBeGreaterThanOrEqual(3);
    expect(samples.every((ns) => ns > 0 && ns < 5e9)).toBe(true);
  }, 60_000);
});
