import { describe, expect, it } from 'vitest';
import { fromJsValue } from '../../src/problem/codec-js.ts';
import { parseType } from '../../src/problem/types.ts';

describe('JavaScript results into the typed wire format', () => {
  it('reads the lossless JS encoding by the declared type', () => {
    expect(fromJsValue([1, 2], parseType('tuple[int, int]'))).toEqual({ $tuple: [1, 2] });
    expect(fromJsValue({ $big: '9007199254740993' }, parseType('int'))).toEqual({ $int: '9007199254740993' });
    expect(fromJsValue({ $num: 'inf' }, parseType('float'))).toEqual({ $float: 'inf' });
    expect(fromJsValue({ $set: [3, 1] }, parseType('set[int]'))).toMatchObject({ $set: expect.arrayContaining([1, 3]) });
  });

  it('a value that does not fit the type becomes unencodable: a wrong answer, never a crash', () => {
    const w = fromJsValue(1.5, parseType('int')) as { $unencodable: string };
    expect(w.$unencodable).toMatch(/^the result: /);
    expect(fromJsValue({ $undefined: true }, parseType('int'))).toHaveProperty('$unencodable');
  });
});
