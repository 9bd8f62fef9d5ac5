// Pure: a leaderboard's secret seed. Inputs generated from a published seed can be tabled in
// advance (and answers hard-coded); from a secret one they cannot. results.json then carries
// only the secret's hash, so the maintainer can later prove which seed was used.
import { createHash } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The suite seed derived from a secret (48 bits, a safe integer) and the hash to publish. */
export function secretSeed(secret: string): { seed: number; hash: string } {
  if (secret.trim() === '') throw new Error('the secret seed is empty');
  return { seed: Number.parseInt(sha256(`brisk-suite-seed\0${secret}`).slice(0, 12), 16), hash: `sha256:${sha256(secret)}` };
}
