// Pure: Brisk types for imported Python functions, from type hints where they hold for every
// generated value, else inferred from the values, else the dynamic `any`.
import type { Wire } from '../../problem/codec.ts';
import { formatType, type TypeNode } from '../../problem/types.ts';

/** Maps a Python annotation (`List[int]`, `Optional[str]`, `dict[str, float]`) to a type; undefined when it has none. */
export function typeFromHint(hint: string | null | undefined): TypeNode | undefined {
  if (!hint) return undefined;
  const tokens = hint.replace(/\btyping\./g, '').match(/[A-Za-z_][A-Za-z0-9_]*|\.\.\.|[[\],]/g) ?? [];
  let pos = 0;
  const node = (): TypeNode | undefined => {
    const name = tokens[pos++];
    if (name === undefined) return undefined;
    const args: (TypeNode | undefined)[] = [];
    if (tokens[pos] === '[') {
      pos++;
      for (;;) {
        if (tokens[pos] === '...') return undefined; // Tuple[int, ...]: no fixed-arity type for it
        args.push(node());
        if (tokens[pos] === ',') pos++;
        else break;
      }
      if (tokens[pos++] !== ']') return undefined;
    }
    if (args.some((a) => a === undefined)) return undefined;
    const a = args as TypeNode[];
    switch (name) {
      case 'int':
      case 'float':
      case 'bool':
      case 'str':
        return a.length === 0 ? { kind: name } : undefined;
      case 'Any':
        return { kind: 'any' };
      case 'List':
      case 'list':
        return a.length === 1 ? { kind: 'list', item: a[0]! } : undefined;
      case 'Set':
      case 'set':
      case 'FrozenSet':
      case 'frozenset':
        return a.length === 1 ? { kind: 'set', item: a[0]! } : undefined;
      case 'Tuple':
      case 'tuple':
        return a.length > 0 ? { kind: 'tuple', items: a } : undefined;
      case 'Dict':
      case 'dict':
        return a.length === 2 ? { kind: 'dict', key: a[0]!, value: a[1]! } : undefined;
      case 'Optional':
        return a.length === 1 ? { kind: 'optional', item: a[0]! } : undefined;
      case 'None':
        return a.length === 0 ? NONE : undefined;
      case 'Union': {
        const rest = a.filter((t) => t !== NONE);
        return rest.length === 1 && a.length === 2 ? { kind: 'optional', item: rest[0]! } : undefined;
      }
      default:
        return undefined;
    }
  };
  const t = node();
  return t && t !== NONE && pos === tokens.length ? t : undefined;
}

// Inference works on a wider lattice: `never` (no value seen, as in an empty list) and `none`.
type Inferred = TypeNode | { kind: 'never' } | { kind: 'none' };
const NONE = { kind: 'none' } as unknown as TypeNode;
const NEVER: Inferred = { kind: 'never' };
const ANY: TypeNode = { kind: 'any' };

function inferOne(w: Wire): Inferred {
  if (w === null) return { kind: 'none' };
  if (typeof w === 'boolean') return { kind: 'bool' };
  if (typeof w === 'string') return { kind: 'str' };
  if (typeof w === 'number') return Number.isInteger(w) ? { kind: 'int' } : { kind: 'float' };
  if (Array.isArray(w)) return { kind: 'list', item: resolve(w.map(inferOne).reduce(unify, NEVER)) };
  if ('$int' in w) return { kind: 'int' };
  if ('$float' in w) return { kind: 'float' };
  if ('$tuple' in w) return { kind: 'tuple', items: w.$tuple.map((x) => resolve(inferOne(x))) };
  if ('$set' in w) return { kind: 'set', item: resolve(w.$set.map(inferOne).reduce(unify, NEVER)) };
  if ('$dict' in w) {
    return {
      kind: 'dict',
      key: resolve(w.$dict.map(([k]) => inferOne(k)).reduce(unify, NEVER)),
      value: resolve(w.$dict.map(([, v]) => inferOne(v)).reduce(unify, NEVER)),
    };
  }
  return ANY;
}

// Containers keep `never` inside (an empty list then unifies with list[int]); `finish` turns
// what is left of it into any at the end. The casts below carry those markers through.
const resolve = (t: Inferred) => t as TypeNode;

function unify(a: Inferred, b: Inferred): Inferred {
  if (a.kind === 'never') return b;
  if (b.kind === 'never') return a;
  if (a.kind === 'none' && b.kind === 'none') return a;
  if (a.kind === 'none') return b.kind === 'optional' || b.kind === 'any' ? b : { kind: 'optional', item: b as TypeNode };
  if (b.kind === 'none') return unify(b, a);
  if (a.kind === 'optional' || b.kind === 'optional') {
    const inner = unify(a.kind === 'optional' ? a.item : a, b.kind === 'optional' ? b.item : b);
    return inner.kind === 'any' ? inner : { kind: 'optional', item: inner as TypeNode };
  }
  if (a.kind === 'any' || b.kind === 'any') return ANY;
  if (a.kind !== b.kind) return (a.kind === 'int' && b.kind === 'float') || (a.kind === 'float' && b.kind === 'int') ? { kind: 'float' } : ANY;
  switch (a.kind) {
    case 'list':
    case 'set':
      return { kind: a.kind, item: unify(a.item, (b as typeof a).item) as TypeNode };
    case 'tuple': {
      const bi = (b as typeof a).items;
      return a.items.length === bi.length ? { kind: 'tuple', items: a.items.map((x, i) => unify(x, bi[i]!) as TypeNode) } : ANY;
    }
    case 'dict': {
      const bd = b as typeof a;
      return { kind: 'dict', key: unify(a.key, bd.key) as TypeNode, value: unify(a.value, bd.value) as TypeNode };
    }
    default:
      return a;
  }
}

/** Replaces what inference could not pin down (`never`, a bare `none`) by `any`. */
function finish(t: Inferred): TypeNode {
  switch (t.kind) {
    case 'never':
    case 'none':
      return ANY;
    case 'list':
    case 'set':
      return { kind: t.kind, item: finish(t.item) };
    case 'optional': {
      const item = finish(t.item);
      return item.kind === 'any' ? ANY : { kind: 'optional', item };
    }
    case 'tuple':
      return { kind: 'tuple', items: t.items.map(finish) };
    case 'dict':
      return { kind: 'dict', key: finish(t.key), value: finish(t.value) };
    default:
      return t;
  }
}

/** The narrowest type covering every value (ints and floats together are float); `any` when they disagree. */
export function inferType(values: readonly Wire[]): TypeNode {
  return finish(values.map(inferOne).reduce(unify, NEVER));
}

/** Whether a wire value fits a type (an int fits float, as Python's numeric tower has it). */
export function conforms(w: Wire, t: TypeNode): boolean {
  const tagged = (key: string) => w !== null && typeof w === 'object' && !Array.isArray(w) && key in w;
  switch (t.kind) {
    case 'any':
      return true;
    case 'optional':
      return w === null || conforms(w, t.item);
    case 'int':
      return (typeof w === 'number' && Number.isInteger(w)) || tagged('$int');
    case 'float':
      return typeof w === 'number' || tagged('$int') || tagged('$float');
    case 'bool':
      return typeof w === 'boolean';
    case 'str':
      return typeof w === 'string';
    case 'list':
      return Array.isArray(w) && w.every((x) => conforms(x, t.item));
    case 'set':
      return tagged('$set') && (w as { $set: Wire[] }).$set.every((x) => conforms(x, t.item));
    case 'tuple': {
      const items = tagged('$tuple') ? (w as { $tuple: Wire[] }).$tuple : undefined;
      return items !== undefined && items.length === t.items.length && items.every((x, i) => conforms(x, t.items[i]!));
    }
    case 'dict':
      return tagged('$dict') && (w as { $dict: [Wire, Wire][] }).$dict.every(([k, v]) => conforms(k, t.key) && conforms(v, t.value));
  }
}

export interface TypeChoice {
  type: string;
  from: 'hint' | 'values' | 'any';
}

/** The hint's type when every value fits it; else the values' type; `any` when nothing narrower holds. */
export function chooseType(hint: string | null | undefined, values: readonly Wire[]): TypeChoice {
  const hinted = typeFromHint(hint);
  if (hinted && values.every((v) => conforms(v, hinted))) return { type: formatType(hinted), from: 'hint' };
  const inferred = inferType(values);
  return { type: formatType(inferred), from: inferred.kind === 'any' ? 'any' : 'values' };
}
