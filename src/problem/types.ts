// The small type language of problem signatures: int, float, bool, str, list[T], tuple[...],
// dict[K,V], set[T], optional[T], and `any` (a dynamic value, compared by its typed wire form;
// imported problems use it where neither type hints nor values give a type). Parsed once; the
// codec and checker walk the parsed tree.

export type TypeNode =
  | { kind: 'int' }
  | { kind: 'float' }
  | { kind: 'bool' }
  | { kind: 'str' }
  | { kind: 'any' }
  | { kind: 'list'; item: TypeNode }
  | { kind: 'set'; item: TypeNode }
  | { kind: 'optional'; item: TypeNode }
  | { kind: 'tuple'; items: TypeNode[] }
  | { kind: 'dict'; key: TypeNode; value: TypeNode };

const SCALARS = new Set(['int', 'float', 'bool', 'str', 'any']);

/** Parses a type expression such as `list[tuple[int, str]]`; throws with the position on error. */
export function parseType(text: string): TypeNode {
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`type "${text}": ${why} at column ${pos + 1}`);
  };
  const skip = () => {
    while (text[pos] === ' ') pos++;
  };
  const name = (): string => {
    skip();
    const m = /^[a-z]+/.exec(text.slice(pos));
    if (!m) fail('expected a type name');
    pos += m![0].length;
    return m![0];
  };
  const expect = (ch: string) => {
    skip();
    if (text[pos] !== ch) fail(`expected "${ch}"`);
    pos++;
  };
  const args = (): TypeNode[] => {
    expect('[');
    const out = [node()];
    skip();
    while (text[pos] === ',') {
      pos++;
      out.push(node());
      skip();
    }
    expect(']');
    return out;
  };
  const node = (): TypeNode => {
    const n = name();
    if (SCALARS.has(n)) return { kind: n } as TypeNode;
    const a = args();
    const one = () => (a.length === 1 ? a[0]! : fail(`${n} takes one type argument`));
    switch (n) {
      case 'list':
        return { kind: 'list', item: one() };
      case 'set':
        return { kind: 'set', item: one() };
      case 'optional':
        return { kind: 'optional', item: one() };
      case 'tuple':
        return { kind: 'tuple', items: a };
      case 'dict':
        if (a.length !== 2) fail('dict takes two type arguments');
        return { kind: 'dict', key: a[0]!, value: a[1]! };
      default:
        return fail(`unknown type "${n}"`);
    }
  };
  const result = node();
  skip();
  if (pos !== text.length) fail('unexpected trailing text');
  return result;
}

export function formatType(t: TypeNode): string {
  switch (t.kind) {
    case 'list':
    case 'set':
    case 'optional':
      return `${t.kind}[${formatType(t.item)}]`;
    case 'tuple':
      return `tuple[${t.items.map(formatType).join(', ')}]`;
    case 'dict':
      return `dict[${formatType(t.key)}, ${formatType(t.value)}]`;
    default:
      return t.kind;
  }
}
