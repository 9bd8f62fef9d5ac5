import { describe, expect, it } from 'vitest';
import { canonical, encodeTyped } from '../../src/problem/codec.ts';
import { compareText, compareTyped } from '../../src/problem/check.ts';
import { formatType, parseType } from '../../src/problem/types.ts';

describe('type language', () => {
  it('parses nested types and prints them back', () => {
    const t = parseType('dict[ int , list[tuple[str, optional[float]]]]');
    expect(formatType(t)).toBe('dict[int, list[tuple[str, optional[float]]]]');
  });
  it('names the column of a syntax error', () => {
    expect(() => parseType('list[int')).toThrow(/expected "\]" at column 9/);
    expect(() => parseType('lst[int]')).toThrow(/unknown type "lst"/);
    expect(() => parseType('dict[int]')).toThrow(/two type arguments/);
  });
});

describe('typed wire encoding', () => {
  it('keeps what plain JSON loses', () => {
    expect(encodeTyped(2, parseType('float'))).toEqual({ $float: 2 });
    expect(encodeTyped(2.5, parseType('float'))).toBe(2.5);
    expect(encodeTyped(Infinity, parseType('float'))).toEqual({ $float: 'inf' });
    expect(encodeTyped(NaN, parseType('float'))).toEqual({ $float: 'nan' });
    expect(encodeTyped(2n ** 70n, parseType('int'))).toEqual({ $int: '1180591620717411303424' });
    expect(encodeTyped([1, 'a'], parseType('tuple[int, str]'))).toEqual({ $tuple: [1, 'a'] });
    expect(encodeTyped(new Set([3, 1]), parseType('set[int]'))).toEqual({ $set: [3, 1] });
    expect(encodeTyped(new Map([[1, [2]]]), parseType('dict[int, list[int]]'))).toEqual({ $dict: [[1, [2]]] });
    expect(encodeTyped(null, parseType('optional[int]'))).toBeNull();
  });
  it('rejects values that do not fit the type, naming the path', () => {
    expect(() => encodeTyped([1, 2.5], parseType('list[int]'), 'nums')).toThrow('nums[1]: expected an integer, got non-integral number');
    expect(() => encodeTyped([1], parseType('tuple[int, int]'))).toThrow(/2-element array/);
    // 9999999800000001 written as a number literal is already 9999999800000000.
    // biome-ignore lint/correctness/noPrecisionLoss: the literal's rounding is what this test is about
    expect(() => encodeTyped(9999999800000001, parseType('int'), 'case')).toThrow(/case: expected a safe integer \(write larger ones as BigInt/);
  });
  it('canonical form sorts sets and dicts', () => {
    expect(canonical({ $set: [3, 1, 2] })).toBe(canonical({ $set: [2, 3, 1] }));
    expect(
      canonical({
        $dict: [
          [2, 'b'],
          [1, 'a'],
        ],
      }),
    ).toBe(
      canonical({
        $dict: [
          [1, 'a'],
          [2, 'b'],
        ],
      }),
    );
  });
});

describe('checker', () => {
  const listInt = parseType('list[int]');
  it('is exact by default and says where values differ', () => {
    expect(compareTyped([1, 2, 3], [1, 2, 3], listInt)).toBeNull();
    expect(compareTyped([1, 2, 3], [1, 5, 3], listInt)).toBe('[1]: expected 2, got 5');
    expect(compareTyped([1, 2], [1, 2, 3], listInt)).toBe('the result: expected 2 items, got 3');
  });
  it('tells int from float and tuple from list', () => {
    expect(compareTyped(2, { $float: 2 }, parseType('int'))).not.toBeNull();
    expect(compareTyped({ $tuple: [1, 2] }, [1, 2], parseType('tuple[int, int]'))).not.toBeNull();
  });
  it('compares floats within a tolerance and accepts ints at float positions', () => {
    const f = parseType('float');
    expect(compareTyped(1.0000001, 1.0000002, f, { rel: 1e-6 })).toBeNull();
    expect(compareTyped(1.5, 1.6, f, { rel: 1e-6 })).not.toBeNull();
    expect(compareTyped({ $float: 3 }, 3, f)).toBeNull();
    expect(compareTyped({ $float: 'nan' }, { $float: 'nan' }, f)).toBeNull();
  });
  it('ignores order of the outer list when unordered', () => {
    expect(compareTyped([[1, 2], [3]], [[3], [1, 2]], parseType('list[list[int]]'), { unordered: true })).toBeNull();
    expect(compareTyped([1, 1, 2], [1, 2, 2], listInt, { unordered: true })).not.toBeNull();
  });
  it('sets compare regardless of order', () => {
    expect(compareTyped({ $set: [1, 2] }, { $set: [2, 1] }, parseType('set[int]'))).toBeNull();
  });
  it('stdio text ignores trailing spaces and trailing blank lines only', () => {
    expect(compareText('1\n2\n', '1  \n2\n\n\n')).toBeNull();
    expect(compareText('1\n2\n', '1\n3\n')).toBe('line 2: expected "2", got "3"');
    expect(compareText('1\n2', '1')).toBe('line 2: expected "2", got "<end of output>"');
  });
});

describe('the dynamic type any', () => {
  it('encodes a value by what it is at run time', () => {
    const any = parseType('any');
    expect(formatType(parseType('list[any]'))).toBe('list[any]');
    expect(encodeTyped([1, 2.5, 3.0, 'x', null, true], any)).toEqual([1, 2.5, 3, 'x', null, true]);
    expect(encodeTyped(new Set([1]), any)).toEqual({ $set: [1] });
    expect(encodeTyped(new Map([[1, 'a']]), any)).toEqual({ $dict: [[1, 'a']] });
    expect(encodeTyped(2n ** 64n, any)).toEqual({ $int: '18446744073709551616' });
    expect(encodeTyped(0.5, any)).toBe(0.5);
    expect(() => encodeTyped(() => 1, any, 'arg')).toThrow('arg: cannot encode a function');
  });

  it('compares by the typed wire form: Python types count (1 is not 1.0, a tuple is not a list)', () => {
    const any = parseType('any');
    expect(
      compareTyped(
        {
          $dict: [
            ['a', 1],
            ['b', 2],
          ],
        },
        {
          $dict: [
            ['b', 2],
            ['a', 1],
          ],
        },
        any,
      ),
    ).toBeNull();
    expect(compareTyped(1, { $float: 1 }, any)).not.toBeNull();
    expect(compareTyped({ $tuple: [1, 2] }, [1, 2], any)).not.toBeNull();
  });
});
