// Typed JSON wire format shared by the host and the in-sandbox harnesses. It keeps what plain
// JSON loses: big integers, integral and non-finite floats, tuples vs lists, sets, and dicts
// with non-string keys. Harnesses decode it to native values and encode results back with it.
import type { TypeNode } from './types.ts';

export type Wire =
  | null
  | boolean
  | number
  | string
  | Wire[]
  | { $int: string }
  | { $float: number | 'inf' | '-inf' | 'nan' }
  | { $tuple: Wire[] }
  | { $set: Wire[] }
  | { $dict: [Wire, Wire][] }
  /** A result that cannot be represented in the declared type; it equals nothing. */
  | { $unencodable: string };

/** Encodes a native JS value (as generators write them) by its declared type; throws with the path on mismatch. */
export function encodeTyped(value: unknown, type: TypeNode, path = 'value'): Wire {
  const bad = (what: string): never => {
    throw new Error(`${path}: expected ${what}, got ${describe(value)}`);
  };
  switch (type.kind) {
    case 'int':
      if (typeof value === 'bigint') {
        return Number.isSafeInteger(Number(value)) ? Number(value) : { $int: value.toString() };
      }
      if (typeof value !== 'number' || !Number.isInteger(value)) return bad('an integer');
      // Past 2^53 a JS number has already lost digits: such values must be written as BigInt.
      return Number.isSafeInteger(value) ? value : bad('a safe integer (write larger ones as BigInt, e.g. 9007199254740993n)');
    case 'float':
      if (typeof value !== 'number') return bad('a number');
      return encodeFloat(value);
    case 'bool':
      return typeof value === 'boolean' ? value : bad('a boolean');
    case 'str':
      return typeof value === 'string' ? value : bad('a string');
    case 'any':
      return encodeDynamic(value, path);
    case 'optional':
      return value === null || value === undefined ? null : encodeTyped(value, type.item, path);
    case 'list':
      if (!Array.isArray(value)) return bad('an array');
      return value.map((v, i) => encodeTyped(v, type.item, `${path}[${i}]`));
    case 'set': {
      const items = value instanceof Set ? [...value] : Array.isArray(value) ? value : bad('a Set or array');
      return { $set: items.map((v, i) => encodeTyped(v, type.item, `${path}{${i}}`)) };
    }
    case 'tuple':
      if (!Array.isArray(value) || value.length !== type.items.length) {
        return bad(`a ${type.items.length}-element array`);
      }
      return { $tuple: value.map((v, i) => encodeTyped(v, type.items[i]!, `${path}[${i}]`)) };
    case 'dict': {
      const entries = value instanceof Map ? [...value.entries()] : value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : bad('a Map or object');
      return {
        $dict: entries.map(([k, v]) => [encodeTyped(k, type.key, `${path}.key`), encodeTyped(v, type.value, `${path}[${String(k)}]`)]),
      };
    }
  }
}

/** A value of type `any`, encoded by what it is at run time (integral numbers are ints). */
function encodeDynamic(value: unknown, path: string): Wire {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return encodeTyped(value, { kind: 'int' }, path);
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : encodeFloat(value);
  if (Array.isArray(value)) return value.map((v, i) => encodeDynamic(v, `${path}[${i}]`));
  if (value instanceof Set) return { $set: [...value].map((v, i) => encodeDynamic(v, `${path}{${i}}`)) };
  const entries = value instanceof Map ? [...value.entries()] : typeof value === 'object' ? Object.entries(value) : undefined;
  if (!entries) throw new Error(`${path}: cannot encode a ${typeof value}`);
  return { $dict: entries.map(([k, v]) => [encodeDynamic(k, `${path}.key`), encodeDynamic(v, `${path}[${String(k)}]`)]) };
}

export function encodeFloat(x: number): Wire {
  if (Number.isNaN(x)) return { $float: 'nan' };
  if (x === Infinity) return { $float: 'inf' };
  if (x === -Infinity) return { $float: '-inf' };
  // Integral floats are tagged so the receiver does not read them back as ints.
  return Number.isInteger(x) ? { $float: x } : x;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return `array(${v.length})`;
  if (v === null) return 'null';
  return typeof v === 'number' && !Number.isInteger(v) ? 'non-integral number' : typeof v;
}

/** A canonical string of a wire value: set and dict entries sorted, so equal values print equal. */
export function canonical(w: Wire): string {
  return JSON.stringify(canonicalize(w));
}

function canonicalize(w: Wire): unknown {
  if (Array.isArray(w)) return w.map(canonicalize);
  if (w === null || typeof w !== 'object') return w;
  if ('$tuple' in w) return { $tuple: w.$tuple.map(canonicalize) };
  if ('$set' in w) return { $set: sortedByString(w.$set.map(canonicalize)) };
  if ('$dict' in w) return { $dict: sortedByString(w.$dict.map(([k, v]) => [canonicalize(k), canonicalize(v)])) };
  return w;
}

function sortedByString(items: unknown[]): unknown[] {
  return items
    .map((x) => [JSON.stringify(x), x] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map((p) => p[1]);
}

/** Reads a wire number (plain, $int or $float) as a JS number, or undefined when it is not one. */
export function wireNumber(w: Wire): number | undefined {
  if (typeof w === 'number') return w;
  if (w !== null && typeof w === 'object' && !Array.isArray(w)) {
    if ('$int' in w) return Number(w.$int);
    if ('$float' in w) {
      const f = w.$float;
      return f === 'inf' ? Infinity : f === '-inf' ? -Infinity : f === 'nan' ? NaN : f;
    }
  }
  return undefined;
}
