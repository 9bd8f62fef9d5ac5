const TOKEN = /\{\{([a-z][a-z0-9_]*)\}\}|\\(.)/g;

function render(template, variables) {
  // One regex pass; each placeholder or escape is replaced by what it renders as.
  return template.replace(TOKEN, (_, name, escaped) => (name === undefined ? escaped : Object.hasOwn(variables, name) ? variables[name] : ''));
}
