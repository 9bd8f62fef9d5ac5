// Compares a candidate's output with the expected one, both in wire form, guided by the
// declared return type. Returns null on a match, else where and how they first differ.
import { canonical, wireNumber, type Wire } from './codec.ts';
import type { TypeNode } from './types.ts';

export interface CheckOptions {
  /** Order of the outermost list is ignored. */
  unordered?: boolean;
  /** Float positions match within max(abs, rel * |expected|). */
  abs?: number;
  rel?: number;
}

export function compareTyped(expected: Wire, actual: Wire, type: TypeNode, opts: CheckOptions = {}): string | null {
  if (opts.unordered && type.kind === 'list' && Array.isArray(expected) && Array.isArray(actual)) {
    const sortCanon = (xs: Wire[]) => xs.map(canonical).sort();
    if (expected.length !== actual.length) return `expected ${expected.length} items, got ${actual.length}`;
    // Float items cannot be sorted reliably under tolerance, so unordered compares canonically.
    const e = sortCanon(expected);
    const a = sortCanon(actual);
    const i = e.findIndex((x, j) => x !== a[j]);
    return i < 0 ? null : `as a multiset: expected item ${short(e[i]!)}, got ${short(a[i]!)}`;
  }
  return walk(expected, actual, type, opts, '');
}

function walk(e: Wire, a: Wire, t: TypeNode, o: CheckOptions, at: string): string | null {
  const here = at || 'the result';
  if (t.kind === 'optional') {
    if (e === null || a === null) return e === a ? null : diff(here, e, a);
    return walk(e, a, t.item, o, at);
  }
  if (t.kind === 'float') {
    const x = wireNumber(e);
    const y = wireNumber(a);
    if (x === undefined || y === undefined || typeof a === 'boolean') return diff(here, e, a);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y) ? null : diff(here, e, a);
    if (x === y) return null;
    const tol = Math.max(o.abs ?? 0, (o.rel ?? 0) * Math.abs(x));
    return Math.abs(x - y) <= tol ? null : diff(here, e, a);
  }
  if (t.kind === 'list' && Array.isArray(e) && Array.isArray(a)) {
    if (e.length !== a.length) return `${here}: expected ${e.length} items, got ${a.length}`;
    for (let i = 0; i < e.length; i++) {
      const d = walk(e[i]!, a[i]!, t.item, o, `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (t.kind === 'tuple' && isTag(e, '$tuple') && isTag(a, '$tuple')) {
    const [ei, ai] = [e.$tuple, a.$tuple];
    if (ei.length !== ai.length) return `${here}: expected a ${ei.length}-tuple, got a ${ai.length}-tuple`;
    for (let i = 0; i < ei.length; i++) {
      const d = walk(ei[i]!, ai[i]!, t.items[i]!, o, `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  return canonical(e) === canonical(a) ? null : diff(here, e, a);
}

function isTag<K extends string>(w: Wire, key: K): w is Extract<Wire, Record<K, unknown>> {
  return w !== null && typeof w === 'object' && !Array.isArray(w) && key in w;
}

function diff(at: string, e: Wire, a: Wire): string {
  return `${at}: expected ${short(canonical(e))}, got ${short(canonical(a))}`;
}

function short(s: string, max = 80): string {
  return s.length <= max ? s : `${s.slice(0, max - 3)}...`;
}

/** stdio outputs match when equal line by line, ignoring trailing spaces and trailing blank lines. */
export function compareText(expected: string, actual: string): string | null {
  const norm = (s: string) =>
    s
      .replace(/\r\n/g, '\n')
      .split('\n')
      .map((l) => l.trimEnd());
  const trim = (ls: string[]) => {
    while (ls.length > 0 && ls[ls.length - 1] === '') ls.pop();
    return ls;
  };
  const e = trim(norm(expected));
  const a = trim(norm(actual));
  const n = Math.max(e.length, a.length);
  for (let i = 0; i < n; i++) {
    if (e[i] !== a[i]) {
      return `line ${i + 1}: expected ${JSON.stringify(short(e[i] ?? '<end of output>'))}, got ${JSON.stringify(short(a[i] ?? '<end of output>'))}`;
    }
  }
  return null;
}
