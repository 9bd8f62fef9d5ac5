const TOKEN = /\{\{([a-z][a-z0-9_]*)\}\}|\\(.)/;

function render(template, variables) {
  // split with two groups returns text, name, escaped character, text, ...: a placeholder leaves
  // its name in the first group and undefined in the second, an escape the other way round.
  // Only the names need a step of their own, one Map lookup (the object's keys hashed once;
  // unknown names give undefined); join renders undefined as ''.
  const values = new Map(Object.entries(variables));
  const parts = template.split(TOKEN);
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i];
    if (name !== undefined) parts[i] = values.get(name);
  }
  return parts.join('');
}
