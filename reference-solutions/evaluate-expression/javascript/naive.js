function evaluate(expr) {
  expr = expr.split(' ').join('');
  // Read the numbers and operators of this level; a parenthesized part is evaluated
  // recursively on its substring.
  const tokens = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i];
    if (c === '(') {
      let depth = 1;
      let j = i + 1;
      while (depth > 0) {
        if (expr[j] === '(') depth++;
        else if (expr[j] === ')') depth--;
        j++;
      }
      tokens.push(evaluate(expr.slice(i + 1, j - 1)));
      i = j;
    } else if (c >= '0' && c <= '9') {
      let digits = '';
      while (i < expr.length && expr[i] >= '0' && expr[i] <= '9') {
        digits += expr[i];
        i++;
      }
      tokens.push(BigInt(digits));
    } else {
      tokens.push(c);
      i++;
    }
  }
  // Multiplications first, then additions and subtractions from left to right.
  const terms = [tokens.shift()];
  while (tokens.length > 0) {
    const op = tokens.shift();
    const value = tokens.shift();
    if (op === '*') terms[terms.length - 1] = terms[terms.length - 1] * value;
    else terms.push(op, value);
  }
  let result = terms.shift();
  while (terms.length > 0) {
    const op = terms.shift();
    const value = terms.shift();
    result = op === '+' ? result + value : result - value;
  }
  return result;
}
