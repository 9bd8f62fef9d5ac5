import { describe, expect, it } from 'vitest';
import { sourceProblem } from '../../src/samples/source-check.ts';

describe('sources no interpreter compiles', () => {
  it('names the line and column of a NUL byte', () => {
    expect(sourceProblem('def f():\n    return 1\n')).toBeUndefined();
    expect(sourceProblem('\0')).toBe('the source contains a NUL byte (line 1, column 1); no interpreter compiles it');
    expect(sourceProblem('a = 1\nb = 2\0\n')).toBe('the source contains a NUL byte (line 2, column 6); no interpreter compiles it');
  });
});
