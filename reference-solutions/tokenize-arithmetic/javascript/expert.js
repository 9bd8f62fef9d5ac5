function tokenize(expr) {
  // One regular expression for all kinds of token, its alternatives in the order of the rules
  // (two-character operators before single characters); one global match() collects every
  // token inside the regex engine, stepping over whitespace.
  return expr.match(/[0-9]+(?:\.[0-9]+)?|[A-Za-z_][A-Za-z0-9_]*|\*\*|\/\/|==|!=|<=|>=|<<|>>|&&|\|\||->|[-+*/%^&|!<>=()[\]{},.;:]/g) ?? [];
}
