// Seeded randomness for input generators. Each case's seed is a hash of (suite seed, problem,
// level, case), so adding a problem or a case never shifts another case's inputs.
import { createHash } from 'node:crypto';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

export const DEFAULT_SUITE_SEED = 20261129;

export function caseSeed(suiteSeed: number, problemId: string, level: string, caseIndex: number): number {
  const digest = createHash('sha256').update(`${suiteSeed}\0${problemId}\0${level}\0${caseIndex}`).digest();
  return digest.readInt32LE(0);
}

/** A small, deterministic helper API over pure-rand for generators to use. */
export class Rng {
  private readonly gen: RandomGenerator;

  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed);
  }

  /** Integer uniformly in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    if (hi - lo <= 0x7fffffff) return uniformInt(this.gen, lo, hi);
    // pure-rand's uniformInt handles wide ranges too, but splitting keeps it exact past 2^31.
    const span = hi - lo + 1;
    return lo + Math.floor(this.float() * span);
  }

  /** Float uniformly in [0, 1). */
  float(): number {
    return uniformFloat64(this.gen);
  }

  bool(pTrue = 0.5): boolean {
    return this.float() < pTrue;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  ints(n: number, lo: number, hi: number): number[] {
    return Array.from({ length: n }, () => this.int(lo, hi));
  }

  /** Fisher-Yates shuffle in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  string(n: number, alphabet = 'abcdefghijklmnopqrstuvwxyz'): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)];
    return s;
  }
}
