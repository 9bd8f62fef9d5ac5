import { describe, expect, it } from 'vitest';
import { memoryWarmUp } from '../../src/measure/memory.ts';

describe('memoryWarmUp', () => {
  it('leaves unwarmed tests unwarmed', () => {
    expect(memoryWarmUp([3, 4, 5], 0, undefined)).toBeUndefined();
  });
  it("uses the test's own warm-up where the memory pass runs it, at its position there", () => {
    expect(memoryWarmUp([3, 4, 5], 2, 4)).toBe(1);
  });
  it('otherwise warms with another of the pass tests, never with the test itself', () => {
    expect(memoryWarmUp([3, 4, 5], 1, 0)).toBe(0);
    expect(memoryWarmUp([3, 4, 5], 0, 0)).toBe(1);
    expect(memoryWarmUp([3, 4, 5], 0, 3)).toBe(1);
  });
  it('has nothing to warm with when the pass runs one test', () => {
    expect(memoryWarmUp([7], 0, 2)).toBeUndefined();
  });
});
