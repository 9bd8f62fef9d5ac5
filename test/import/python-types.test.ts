// Types of imported Python functions: hints when every value fits them, else the values' type, else any.
import { describe, expect, it } from 'vitest';
import { chooseType, conforms, inferType, typeFromHint } from '../../src/import/enamel/python-types.ts';
import { formatType } from '../../src/problem/types.ts';

const hint = (h: string) => {
  const t = typeFromHint(h);
  return t && formatType(t);
};

describe('typeFromHint', () => {
  it('maps typing annotations to the type language', () => {
    expect(hint('List[int]')).toBe('list[int]');
    expect(hint('typing.List[typing.Tuple[str, float]]')).toBe('list[tuple[str, float]]');
    expect(hint('Dict[str, List[int]]')).toBe('dict[str, list[int]]');
    expect(hint('Optional[str]')).toBe('optional[str]');
    expect(hint('Union[None, int]')).toBe('optional[int]');
    expect(hint('set[int]')).toBe('set[int]');
    expect(hint('Any')).toBe('any');
  });

  it('gives nothing for what the language cannot say', () => {
    expect(typeFromHint('Tuple[int, ...]')).toBeUndefined();
    expect(typeFromHint('Union[int, str]')).toBeUndefined();
    expect(typeFromHint('Callable[[int], int]')).toBeUndefined();
    expect(typeFromHint('None')).toBeUndefined();
    expect(typeFromHint(null)).toBeUndefined();
  });
});

describe('inferType', () => {
  it('finds the narrowest common type of wire values', () => {
    expect(formatType(inferType([[1, 2], [], [{ $int: '99999999999999999999' }]]))).toBe('list[int]');
    expect(formatType(inferType([1, 2.5]))).toBe('float');
    expect(formatType(inferType(['a', null]))).toBe('optional[str]');
    expect(formatType(inferType([{ $tuple: [1, 'x'] }, { $tuple: [2, 'y'] }]))).toBe('tuple[int, str]');
    expect(formatType(inferType([{ $dict: [['k', [true]]] }]))).toBe('dict[str, list[bool]]');
  });

  it('falls back to any where the values disagree or say nothing', () => {
    expect(formatType(inferType([1, 'one']))).toBe('any');
    expect(formatType(inferType([[], []]))).toBe('list[any]');
    expect(formatType(inferType([null]))).toBe('any');
    expect(formatType(inferType([{ $tuple: [1] }, { $tuple: [1, 2] }]))).toBe('any');
  });
});

describe('chooseType', () => {
  it('keeps a hint every value fits (an int fits float)', () => {
    expect(chooseType('List[float]', [[1.5, 2], [{ $float: 3 }]])).toEqual({ type: 'list[float]', from: 'hint' });
    expect(conforms([1, 'x'], { kind: 'list', item: { kind: 'int' } })).toBe(false);
  });

  it('overrules a hint the values break, and says when only any holds', () => {
    // Hinted int, but the expert returns floats: the values decide.
    expect(chooseType('int', [0.5, 1.5])).toEqual({ type: 'float', from: 'values' });
    expect(chooseType(null, ['a', 'b'])).toEqual({ type: 'str', from: 'values' });
    expect(chooseType(null, [1, 'a'])).toEqual({ type: 'any', from: 'any' });
  });
});
