// JavaScript line counts are read at source-map positions: every probe points back at the
// user's own line, through TypeScript's reflowing of the code.
import { describe, expect, it } from 'vitest';
import { decodeMappings, jsProbes } from '../../src/profile/js-probes.ts';

describe('source-map probes', () => {
  it('decodes VLQ mappings to [generated column, original line]', () => {
    // "AAAA" = (0,0,0,0); "IACA" = col +4, line +1; ";" starts a new generated line.
    expect(decodeMappings('AAAA,IACA;AACA;;EAAE')).toEqual([
      [
        [0, 0],
        [4, 1],
      ],
      [[0, 2]],
      [],
      [[2, 2]],
    ]);
  });

  it('sends every probe of a transpiled TypeScript source to the line it came from', () => {
    const src = ['// header', 'interface P { a: number }', 'export function f(xs: number[]): number {', '  let s = 0;', '  for (const x of xs) if (x > 0) s += x;', '  return s;', '}'].join('\n');
    const r = jsProbes(src, 'typescript');
    if (!r.ok) throw new Error(r.message);
    const { code, probes } = r.value;
    const lineOf = (needle: string) => probes.filter(([off]) => code.slice(off).startsWith(needle)).map(([, line]) => line);
    expect(lineOf('let s = 0')).toEqual([4]);
    expect(lineOf('s += x')).toEqual([5]); // emitted on a line of its own, still line 5
    expect(lineOf('return s')).toEqual([6]);
    expect(new Set(probes.map(([, l]) => l)).has(2)).toBe(false); // the interface is erased
    expect(r.value.functions).toHaveLength(1);
  });

  it('reports a syntax error', () => {
    const r = jsProbes('function f( {', 'javascript');
    expect(r.ok).toBe(false);
  });
});
