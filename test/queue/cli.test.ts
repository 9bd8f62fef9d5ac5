// `brisk worker` on bad input: one line naming --queue and the fix (exit 2 for a malformed
// address, 1 for an unreachable Redis), and no
// ioredis noise (it would otherwise retry for ever).
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';

const brisk = (...args: string[]) => execa('node', [path.join(PACKAGE_ROOT, 'bin/brisk.js'), ...args], { reject: false, cwd: PACKAGE_ROOT });

describe('brisk worker --queue', () => {
  it('stops at once, saying how to start Redis, when nothing listens at the address', async () => {
    const r = await brisk('worker', '--queue', 'redis://127.0.0.1:1');
    // A failure (exit 1), not a usage error: the address may be right and Redis down.
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('brisk: --queue redis://127.0.0.1:1: cannot reach Redis (connect ECONNREFUSED 127.0.0.1:1); start it with scripts/redis.sh start, or check the address');
  }, 60_000);

  it('names the option when the address is not a Redis URL', async () => {
    const r = await brisk('worker', '--queue', 'localhost:6390');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('brisk: --queue: expected redis://HOST:PORT or rediss://, got "localhost:6390"');
  }, 60_000);
});
