import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

const NAME_START = 'abcdefghijklmnopqrstuvwxyz';
const NAME = NAME_START + '0123456789_';
// Plain text: printable ASCII without \ { }, plus newlines.
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789       .,;:!?-_()[]<>=+*/"\'#$%&@|~^`\n';
// Values are inserted verbatim, so they may hold braces, backslashes and placeholder-like text.
const VALUE = 'abcdefghijklmnopqrstuvwxyz0123456789 .,-_{}\\';

export default defineProblem({
  id: 'template-substitution',
  title: 'Render a template with placeholders',
  category: 'implementation',
  tags: ['strings', 'parsing', 'templates'],
  kind: 'function',
  statement: `
Render \`template\` with the values in \`variables\` and return the result.

The template is read from left to right as a sequence of:

- **placeholders** \`{{name}}\`, where \`name\` is 1 to 16 characters: a lowercase letter, then
  lowercase letters, digits or \`_\`. A placeholder renders as \`variables[name]\`, or as the
  empty string when \`name\` is not a key of \`variables\`.
- **escapes** \`\\\\\`, \`\\{\` and \`\\}\`: a backslash and the character after it; each renders as
  that second character alone.
- **plain characters**: any other character renders as itself.

Every \`{\` and \`}\` of the template that is not escaped belongs to a placeholder, and every
backslash starts an escape. Values are inserted verbatim: braces, backslashes or
placeholder-like text inside a value are not read again.

- \`0 <= len(template) <= 3 * 10^5\`; the template holds printable ASCII (32 to 126) and \`\\n\`.
- \`0 <= len(variables) <= 500\`; keys are names as above; values are 0 to 20 printable ASCII
  characters.

Example: with \`variables = {"user": "ada", "n": "{{user}}"}\`, the template
\`Hi {{user}}, \\{{{n}}\\} {{nope}}!\` renders as \`Hi ada, {{{user}}} !\`.
`,
  signature: {
    params: [
      { name: 'template', type: 'str' },
      { name: 'variables', type: 'dict[str, str]' },
    ],
    returns: 'str',
  },
  entry: { python: 'render', javascript: 'render' },
  cases: [
    { args: ['Hi {{user}}, \\{{{n}}\\} {{nope}}!', { user: 'ada', n: '{{user}}' }], expected: 'Hi ada, {{{user}}} !', note: 'the example' },
    { args: ['', {}], expected: '', note: 'empty template, no variables' },
    { args: ['no placeholders here', { a: 'x' }], expected: 'no placeholders here', note: 'plain text only' },
    { args: ['{{a}}{{a}}{{b}}', { a: '1', b: '' }], expected: '11', note: 'adjacent placeholders, a repeat and an empty value' },
    { args: ['\\\\{{a}}\\\\', { a: 'v' }], expected: '\\v\\', note: 'escaped backslashes around a placeholder' },
    { args: ['\\{\\{a\\}\\}', { a: 'v' }], expected: '{{a}}', note: 'an escaped placeholder is plain text' },
    { args: ['[{{constructor}}|{{tostring}}|{{x_1}}]', { x_1: 'ok' }], expected: '[||ok]', note: 'unknown names render empty, even names of object properties' },
    { args: ['{{a}}\n{{b}}', { a: '\\', b: '{{a}}' }], expected: '\\\n{{a}}', note: 'values are not read again; a newline in the text' },
  ],
  levels: enamelLevels([60, 1500, 4000, 8000]),
  generate(rng, size) {
    // 200..300 variables, most of them unused; `size` tokens of text, placeholders and escapes.
    const names = new Set<string>();
    const count = rng.int(200, 300);
    while (names.size < count) names.add(rng.string(1, NAME_START) + rng.string(rng.int(0, 11), NAME));
    const keys = [...names];
    const variables: Record<string, string> = {};
    for (const key of keys) variables[key] = rng.string(rng.int(0, 20), VALUE);
    const used = keys.slice(0, 40);
    const parts: string[] = [];
    for (let i = 0; i < size; i++) {
      const r = rng.float();
      if (r < 0.45) parts.push(rng.string(rng.int(1, 12), PLAIN));
      else if (r < 0.9) parts.push(`{{${rng.pick(used)}}}`);
      else if (r < 0.95) parts.push(`{{${rng.string(1, NAME_START)}${rng.string(rng.int(0, 8), NAME)}}}`);
      else parts.push('\\' + rng.pick(['\\', '{', '}']));
    }
    return [parts.join(''), variables];
  },
});
