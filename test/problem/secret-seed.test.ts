// A secret seed gives inputs nobody can table in advance; results.json shows only its hash.
import { describe, expect, it } from 'vitest';
import { secretSeed } from '../../src/problem/secret-seed.ts';
import { renderMarkdown } from '../../src/report/leaderboard.ts';
import { model, mockResults } from '../support/tier-run.ts';

const SECRET = '0123456789abcdef0123456789abcdef';

describe('secretSeed', () => {
  it('derives a safe-integer seed, the same for the same secret and another for another', () => {
    const a = secretSeed(SECRET);
    expect(Number.isSafeInteger(a.seed)).toBe(true);
    expect(secretSeed(SECRET)).toEqual(a);
    expect(secretSeed(`${SECRET.slice(0, -1)}e`).seed).not.toBe(a.seed);
    // sha256sum of the secret's bytes, computed outside Brisk.
    expect(a.hash).toBe('sha256:3eb1bd439947eb762998e566ccc2e099c791118b2f40579cc4f7da2b5061b7f9');
  });

  it('refuses an empty secret', () => {
    expect(() => secretSeed('  ')).toThrow(/empty/);
  });

  it('results.json and the leaderboard carry the hash, never the seed', async () => {
    const { seed, hash } = secretSeed(SECRET);
    const results = await mockResults([model], undefined, hash);
    expect(results.config.seedHash).toBe(hash);
    expect(results.config.suiteSeed).toBeUndefined();
    const text = JSON.stringify(results) + renderMarkdown(results);
    expect(text).not.toContain(String(seed));
    expect(renderMarkdown(results)).toContain('seed secret (sha256:3eb1bd439947');
  });
});
