function tokenize(expr) {
  // One regular expression for all kinds of token, its alternatives in the order of the rules
  // (two-character operators before single characters); replace() calls back once per token,
  // stepping over whitespace, and the callback keeps it.
  const token = /[0-9]+(?:\.[0-9]+)?|[A-Za-z_][A-Za-z0-9_]*|\*\*|\/\/|==|!=|<=|>=|<<|>>|&&|\|\||->|[-+*/%^&|!<>=()[\]{},.;:]/g;
  const tokens = [];
  expr.replace(token, (t) => {
    tokens.push(t);
    return '';
  });
  return tokens;
}
