// Reads what the JavaScript harness returns (a lossless JSON of any JS value) into the typed
// wire format by the declared return type. A value that does not fit the type becomes an
// `$unencodable` wire value, which matches nothing: the checker reports it as a wrong answer.
import { encodeTyped, type Wire } from './codec.ts';
import type { TypeNode } from './types.ts';

type JsWire =
  | null
  | boolean
  | number
  | string
  | JsWire[]
  | { $undefined: true }
  | { $num: 'nan' | 'inf' | '-inf' }
  | { $big: string }
  | { $set: JsWire[] }
  | { $map: [JsWire, JsWire][] }
  | { $obj: [string, JsWire][] }
  | { $other: string };

function toNative(w: JsWire): unknown {
  if (Array.isArray(w)) return w.map(toNative);
  if (w === null || typeof w !== 'object') return w;
  if ('$undefined' in w) return undefined;
  if ('$num' in w) return w.$num === 'nan' ? NaN : w.$num === 'inf' ? Infinity : -Infinity;
  if ('$big' in w) return BigInt(w.$big);
  if ('$set' in w) return new Set(w.$set.map(toNative));
  if ('$map' in w) return new Map(w.$map.map(([k, v]) => [toNative(k), toNative(v)]));
  if ('$obj' in w) return Object.fromEntries(w.$obj.map(([k, v]) => [k, toNative(v)]));
  return { __other: w.$other };
}

export function fromJsValue(w: JsWire, type: TypeNode): Wire {
  try {
    return encodeTyped(toNative(w), type, 'the result');
  } catch (err) {
    return { $unencodable: (err as Error).message };
  }
}

export type { JsWire };
