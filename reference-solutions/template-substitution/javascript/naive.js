const HIDE = { '\\': '\0', '{': '\x01', '}': '\x02' };

function render(template, variables) {
  // Hide escapes behind control characters, then replace each variable's placeholder over the
  // whole text, one variable after another (values hidden the same way, so they are never read
  // again), drop the placeholders left (unknown names), and restore the hidden characters.
  let text = template.replaceAll('\\\\', '\0').replaceAll('\\{', '\x01').replaceAll('\\}', '\x02');
  for (const [name, value] of Object.entries(variables)) {
    const hidden = [...value].map((ch) => HIDE[ch] ?? ch).join('');
    text = text.replaceAll(`{{${name}}}`, () => hidden);
  }
  text = text.replace(/\{\{[a-z][a-z0-9_]*\}\}/g, '');
  return text.replaceAll('\0', '\\').replaceAll('\x01', '{').replaceAll('\x02', '}');
}
