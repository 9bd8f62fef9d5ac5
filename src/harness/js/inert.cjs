// Whether reading a candidate's result can run the candidate's code. The memory pass reads its
// peak before the result is encoded (encoding copies it, and the copy is not the candidate's
// memory), so encoding must run nothing of the candidate's: a getter, a proxy trap, a replaced
// builtin that the encoder calls, or a toJSON would do work (and allocate) after the peak.
// Everything here is taken when the harness loads, before any candidate code runs.
'use strict';
const { isProxy, isSet, isMap, isTypedArray } = require('node:util').types;

const getPrototypeOf = Object.getPrototypeOf;
const ownKeys = Reflect.ownKeys;
const describe = Object.getOwnPropertyDescriptor;
const apply = Reflect.apply;
const isArray = Array.isArray;
const setValues = Set.prototype.values;
const mapEntries = Map.prototype.entries;
const setIterator = getPrototypeOf(new Set().values());
const mapIterator = getPrototypeOf(new Map().entries());
const setNext = setIterator.next;
const mapNext = mapIterator.next;
const TypedArrayPrototype = getPrototypeOf(Int8Array.prototype);
const typedTag = describe(TypedArrayPrototype, Symbol.toStringTag).get;

/** [holder, key] of every builtin the encoder (and JSON.stringify) looks up, with its value now. */
const arrayIterator = getPrototypeOf([][Symbol.iterator]());
const WATCHED = [
  [Array, 'isArray'],
  [Array, 'from'],
  [Array.prototype, 'map'],
  // map() makes its array with the array's constructor (its [Symbol.species]): a class of the
  // candidate's set here ran during encoding, after the peak was read.
  [Array.prototype, 'constructor'],
  [Array.prototype, Symbol.iterator],
  [arrayIterator, 'next'],
  [Object, 'entries'],
  [Object, 'getPrototypeOf'],
  [Object.prototype, 'toString'],
  [Number, 'isFinite'],
  [Number, 'isNaN'],
  [BigInt.prototype, 'toString'],
  [ArrayBuffer, 'isView'],
  [Set.prototype, Symbol.iterator],
  [Set.prototype, Symbol.toStringTag],
  [Map.prototype, Symbol.toStringTag],
  [setIterator, 'next'],
  [Map.prototype, Symbol.iterator],
  [mapIterator, 'next'],
  [TypedArrayPrototype, Symbol.iterator],
].map(([holder, key]) => [holder, key, holder[key]]);
// The encoder names these as free variables: a candidate that rebinds one (globalThis.Number =
// ...) would run code through it without touching the originals above.
const globalObject = globalThis;
const GLOBALS = ['Object', 'Array', 'Number', 'BigInt', 'ArrayBuffer', 'Set', 'Map', 'JSON', 'Math', 'Reflect', 'Symbol', 'String', 'Error'].map((name) => [name, globalObject[name]]);
const NO_TO_JSON = [Object.prototype, Array.prototype, BigInt.prototype, String.prototype, Number.prototype, Boolean.prototype];
const species = describe(Array, Symbol.species).get;
const TYPED_PROTOTYPES = new Set(
  [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array].map((T) => T.prototype),
);

/** An own key of an array that is one of its elements. */
const isIndex = (key) => typeof key === 'string' && (key >>> 0) + '' === key && key !== '4294967295';

/** Why the builtins the encoder relies on may no longer be the harness's, or null. */
function builtinsChanged() {
  for (const [name, value] of GLOBALS) {
    const d = describe(globalObject, name);
    if (!d || d.value !== value) return `the global ${name} was replaced`;
  }
  for (const [holder, key, value] of WATCHED) {
    const d = describe(holder, key);
    if (!d || d.value !== value) return `${String(key)} was replaced`;
  }
  if (describe(Array, Symbol.species)?.get !== species) return 'Array[Symbol.species] was replaced';
  if (describe(TypedArrayPrototype, Symbol.toStringTag)?.get !== typedTag) return 'a typed array type tag was replaced';
  for (const proto of NO_TO_JSON) if (describe(proto, 'toJSON')) return 'a toJSON was added to a builtin prototype';
  // An element or accessor on these would be read for a hole or a missing key.
  for (const proto of [Array.prototype, Object.prototype]) {
    for (const key of ownKeys(proto)) {
      const d = describe(proto, key);
      if (isIndex(key) || ((d.get || d.set) && key !== '__proto__')) return 'a builtin prototype has an element or an accessor';
    }
  }
  return null;
}

/**
 * Why reading `v` could run candidate code, or null: it must be made of primitives, plain arrays
 * (elements and length only), plain objects (string-keyed data only), builtin Sets and Maps
 * with no own keys, and builtin typed arrays, all without proxies.
 */
function runsCode(v) {
  const changed = builtinsChanged();
  if (changed) return changed;
  const stack = [v];
  let seen = 0;
  while (stack.length > 0) {
    const x = stack.pop();
    if (x === null || (typeof x !== 'object' && typeof x !== 'function')) continue;
    if (++seen > 1e7) return 'the result is too large to inspect';
    if (isProxy(x)) return 'the result holds a proxy';
    if (typeof x === 'function') return 'the result holds a function';
    const proto = getPrototypeOf(x);
    if (isTypedArray(x)) {
      if (!TYPED_PROTOTYPES.has(proto) || describe(proto, Symbol.iterator) || describe(x, Symbol.iterator)) return 'the result holds a typed array of its own kind';
      continue;
    }
    const array = isArray(x);
    const collection = isSet(x) || isMap(x);
    if (array ? proto !== Array.prototype : collection ? proto !== Set.prototype && proto !== Map.prototype : proto !== null && proto !== Object.prototype) {
      return 'the result holds an object of a class of its own';
    }
    if (isSet(x)) {
      for (let it = apply(setValues, x, []), r = apply(setNext, it, []); !r.done; r = apply(setNext, it, [])) stack.push(r.value);
    } else if (isMap(x)) {
      for (let it = apply(mapEntries, x, []), r = apply(mapNext, it, []); !r.done; r = apply(mapNext, it, [])) stack.push(r.value[0], r.value[1]);
    }
    for (const key of ownKeys(x)) {
      if (array && key === 'length') continue;
      if (collection || typeof key === 'symbol' || (array && !isIndex(key))) return `the result has a key of its own (${String(key)})`;
      const d = describe(x, key);
      if (d.get || d.set) return `the result has a getter (${key})`;
      stack.push(d.value);
    }
  }
  return null;
}

module.exports = { runsCode };
