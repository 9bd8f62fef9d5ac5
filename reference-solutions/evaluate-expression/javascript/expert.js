// Values are plain Numbers while they are exact (|v| <= 2^53 - 1) and switch to BigInt only
// when a sum or product leaves that range: most sub-expressions stay small, and Number
// arithmetic avoids a heap allocation per operation. A rounded double result past 2^53 - 1
// is still past it, so the range test on the double is exact.
const MAX_SAFE = 9007199254740991;

function addValues(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (s <= MAX_SAFE && s >= -MAX_SAFE) return s;
  }
  return BigInt(a) + BigInt(b);
}

function subValues(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a - b;
    if (s <= MAX_SAFE && s >= -MAX_SAFE) return s;
  }
  return BigInt(a) - BigInt(b);
}

function mulValues(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (p <= MAX_SAFE && p >= -MAX_SAFE) return p;
  }
  return BigInt(a) * BigInt(b);
}

function evaluate(expr) {
  // One pass over the character codes. Per parenthesis level: the sum of finished terms (acc),
  // whether the current term is subtracted (neg), the current product (term) and whether the
  // next factor multiplies it (mul); '(' saves them on array stacks indexed by depth.
  const accStack = [];
  const negStack = [];
  const termStack = [];
  const mulStack = [];
  let depth = 0;
  let acc = 0;
  let neg = false;
  let term = 0;
  let mul = false;
  const n = expr.length;
  let i = 0;
  while (i < n) {
    const ch = expr.charCodeAt(i);
    if (ch >= 48) {
      const start = i;
      let v = ch - 48;
      i++;
      while (i < n) {
        const d = expr.charCodeAt(i);
        if (d < 48) break;
        v = v * 10 + (d - 48);
        i++;
      }
      let num = v;
      if (i - start > 15) num = BigInt(expr.slice(start, i));
      term = mul ? mulValues(term, num) : num;
      continue;
    }
    if (ch === 42) {
      mul = true;
    } else if (ch === 43 || ch === 45) {
      acc = neg ? subValues(acc, term) : addValues(acc, term);
      neg = ch === 45;
      mul = false;
    } else if (ch === 40) {
      accStack[depth] = acc;
      negStack[depth] = neg;
      termStack[depth] = term;
      mulStack[depth] = mul;
      depth++;
      acc = 0;
      neg = false;
      mul = false;
    } else if (ch === 41) {
      let value = neg ? subValues(acc, term) : addValues(acc, term);
      if (typeof value === 'bigint' && value <= 9007199254740991n && value >= -9007199254740991n) value = Number(value);
      depth--;
      acc = accStack[depth];
      neg = negStack[depth];
      term = mulStack[depth] ? mulValues(termStack[depth], value) : value;
      mul = false;
    }
    i++;
  }
  return neg ? subValues(acc, term) : addValues(acc, term);
}
