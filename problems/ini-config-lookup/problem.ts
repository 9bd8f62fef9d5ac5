import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

const NAME = 'abcdefghijklmnopqrstuvwxyz0123456789_';
// Printable ASCII but biased towards the characters that look like syntax: = ; # [ ] and space.
const VALUE = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 =;#[]./:-_,"' + "'";

export default defineProblem({
  id: 'ini-config-lookup',
  title: 'Look up keys in an INI-style configuration',
  category: 'algorithm',
  tags: ['parsing', 'strings', 'hashing', 'config', 'memory'],
  kind: 'stdio',
  statement: `
Standard input holds an INI-style configuration, then a line \`--\`, then queries, one per line.

Every configuration line is one of:

- **blank**: an empty line; ignored.
- **comment**: a line starting with \`;\` or \`#\`; ignored whole.
- **section header**: \`[name]\`. Assignments after it, up to the next header, belong to section
  \`name\`. A section may be opened several times; its assignments accumulate.
- **assignment**: \`key=value\`. The key runs from the start of the line to the first \`=\`; the
  value is the rest of the line, verbatim (it may be empty and may contain \`=\`, spaces, \`;\`,
  \`#\`, \`[\` and \`]\`). Assignments before the first header belong to the section whose name is
  empty.

A query is \`section.key\` (\`.key\` for the section with the empty name). For each query, in
order, print on its own line the value assigned last to that key in that section, or
\`<missing>\` when the key was never assigned in that section.

- Section names and keys are 1 to 12 characters from \`a-z\`, \`0-9\` and \`_\`; values are 0 to
  40 printable ASCII characters (32 to 126).
- At most 10^5 configuration lines and 10^5 queries; a query names a section and a key of that
  alphabet (the section name possibly empty), which need not occur in the configuration.
- The \`--\` line is always present (it is not a valid configuration line); every line,
  including the last one, ends with a single \`\\n\`.

Example: the input \`[db]\\nhost=a\\nport=5432\\n[db]\\nhost=b\\n--\\ndb.host\\ndb.user\\n\` prints
\`b\\n<missing>\\n\`.
`,
  cases: [
    { stdin: '[db]\nhost=a\nport=5432\n[db]\nhost=b\n--\ndb.host\ndb.user\n', expected: 'b\n<missing>\n', note: 'the example: a reopened section, a later value wins' },
    { stdin: '--\n', expected: '', note: 'no configuration, no queries' },
    { stdin: '--\na.b\n.b\n', expected: '<missing>\n<missing>\n', note: 'queries against an empty configuration' },
    { stdin: '[s]\nk=1\n--\n', expected: '', note: 'no queries' },
    { stdin: 'x=top\n[s]\nx=inner\n--\n.x\ns.x\n', expected: 'top\ninner\n', note: 'keys before the first header: the section with the empty name' },
    {
      stdin: '[s]\nurl=a=b;c # d [e]\nempty=\n--\ns.url\ns.empty\ns.none\n',
      expected: 'a=b;c # d [e]\n\n<missing>\n',
      note: 'a value keeps =, ;, # and brackets; an empty value is not missing',
    },
    { stdin: '[s]\n;k=1\n#k=2\n\nk2=3\n--\ns.k\ns.k2\n', expected: '<missing>\n3\n', note: 'comments and blank lines that look like assignments' },
    {
      stdin: '[a]\nk=1\n[b]\nk=2\n[a]\nk=3\n[c]\n--\na.k\nb.k\nc.k\nd.k\na.k\n',
      expected: '3\n2\n<missing>\n<missing>\n3\n',
      note: 'keys stay in their section; an empty or unknown section; a repeated query',
    },
    { stdin: '[s]\nk=[t]\nv=x\n--\ns.k\nt.v\ns.v\n', expected: '[t]\n<missing>\nx\n', note: 'a value that looks like a header opens no section' },
  ],
  levels: enamelLevels([40, 1000, 2500, 5000]),
  generate(rng, size) {
    // `size` configuration lines over about size/25 sections, each with a small key pool so keys
    // get reassigned; size/10 queries, two thirds of them present.
    const sectionCount = Math.max(2, Math.floor(size / 25));
    const sections = new Set<string>();
    while (sections.size < sectionCount) sections.add(rng.string(rng.int(1, 10), NAME));
    const names = ['', ...sections];
    const keyPool = Array.from({ length: 24 }, () => rng.string(rng.int(1, 12), NAME));
    const assigned: string[] = [];
    const lines: string[] = [];
    let section = '';
    const value = () => rng.string(rng.bool(0.05) ? 0 : rng.int(1, 40), VALUE);
    for (let i = 0; i < size; i++) {
      const r = rng.float();
      if (r < 0.06) lines.push('');
      else if (r < 0.14) lines.push((rng.bool() ? ';' : '#') + rng.string(rng.int(0, 12), NAME) + '=' + value());
      else if (r < 0.2 || (i === 0 && r < 0.8)) {
        section = rng.pick(names.slice(1));
        lines.push(`[${section}]`);
      } else {
        const key = rng.pick(keyPool);
        assigned.push(`${section}.${key}`);
        lines.push(`${key}=${value()}`);
      }
    }
    const queries: string[] = [];
    const q = Math.max(1, Math.floor(size / 10));
    for (let i = 0; i < q; i++) {
      const r = rng.float();
      if (r < 0.67 && assigned.length > 0) queries.push(rng.pick(assigned));
      else if (r < 0.9) queries.push(`${rng.pick(names)}.${rng.pick(keyPool)}`);
      else queries.push(`${rng.string(rng.int(0, 6), NAME)}.${rng.string(rng.int(1, 12), NAME)}`);
    }
    return lines.join('\n') + (lines.length > 0 ? '\n' : '') + '--\n' + queries.join('\n') + (queries.length > 0 ? '\n' : '');
  },
});
