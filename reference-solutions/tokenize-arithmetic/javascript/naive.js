const TWO = ['**', '//', '==', '!=', '<=', '>=', '<<', '>>', '&&', '||', '->'];
const DIGITS = '0123456789';
const WORD_START = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_';

function tokenize(expr) {
  // Character by character, growing each token one character at a time.
  const tokens = [];
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i];
    if (' \t\n'.includes(ch)) {
      i++;
    } else if (DIGITS.includes(ch)) {
      let token = '';
      while (i < expr.length && DIGITS.includes(expr[i])) token += expr[i++];
      if (i + 1 < expr.length && expr[i] === '.' && DIGITS.includes(expr[i + 1])) {
        token += expr[i++];
        while (i < expr.length && DIGITS.includes(expr[i])) token += expr[i++];
      }
      tokens.push(token);
    } else if (WORD_START.includes(ch)) {
      let token = '';
      while (i < expr.length && (WORD_START.includes(expr[i]) || DIGITS.includes(expr[i]))) token += expr[i++];
      tokens.push(token);
    } else if (TWO.includes(expr.slice(i, i + 2))) {
      tokens.push(expr.slice(i, i + 2));
      i += 2;
    } else {
      tokens.push(ch);
      i++;
    }
  }
  return tokens;
}
