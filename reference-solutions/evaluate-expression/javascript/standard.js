function evaluate(expr) {
  // One pass over the characters with BigInt values (results can be huge). Per parenthesis
  // level keep the sum of finished terms, the sign of the current term and the current
  // product; '(' saves them on a stack.
  const stack = [];
  let acc = 0n;
  let sign = 1n;
  let term = 0n;
  let mul = false;
  const n = expr.length;
  let i = 0;
  while (i < n) {
    const ch = expr[i];
    if (ch >= '0' && ch <= '9') {
      const start = i;
      while (i < n && expr[i] >= '0' && expr[i] <= '9') i++;
      const num = BigInt(expr.slice(start, i));
      term = mul ? term * num : num;
      continue;
    }
    if (ch === '*') {
      mul = true;
    } else if (ch === '+' || ch === '-') {
      acc += sign * term;
      sign = ch === '+' ? 1n : -1n;
      mul = false;
    } else if (ch === '(') {
      stack.push([acc, sign, term, mul]);
      acc = 0n;
      sign = 1n;
      mul = false;
    } else if (ch === ')') {
      const value = acc + sign * term;
      [acc, sign, term, mul] = stack.pop();
      term = mul ? term * value : value;
    }
    i++;
  }
  return acc + sign * term;
}
