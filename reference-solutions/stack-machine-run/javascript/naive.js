// Each step splits the instruction's text again and picks its effect by comparing names; every
// executed step is kept in a trace, and the printed lines are collected until the end.
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const m = Number(lines[0]);
const program = lines.slice(1, m + 1);
const stack = [];
const trace = [];
const printed = [];
let pc = 0;
while (pc < m) {
  const parts = program[pc].split(' ');
  const name = parts[0];
  trace.push({ pc, name, depth: stack.length });
  pc++;
  if (name === 'push') stack.push(Number(parts[1]));
  else if (name === 'pop') stack.pop();
  else if (name === 'dup') stack.push(stack[stack.length - 1]);
  else if (name === 'swap') {
    const b = stack.pop();
    const a = stack.pop();
    stack.push(b, a);
  } else if (name === 'over') stack.push(stack[stack.length - 2]);
  else if (name === 'add' || name === 'sub' || name === 'mul') {
    const b = BigInt(stack.pop());
    const a = BigInt(stack.pop());
    const r = name === 'add' ? a + b : name === 'sub' ? a - b : a * b;
    stack.push(Number(BigInt.asUintN(32, r)));
  } else if (name === 'jz') {
    if (stack.pop() === 0) pc = Number(parts[1]);
  } else if (name === 'jmp') pc = Number(parts[1]);
  else if (name === 'print') printed.push(String(stack.pop()));
  else if (name === 'halt') break;
}
for (const line of printed) console.log(line);
