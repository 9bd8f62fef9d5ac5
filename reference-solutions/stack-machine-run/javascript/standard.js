// The program is parsed once into [opcode, operand] pairs (opcodes in the order of the
// instruction table); each step switches on the opcode.
const NAMES = ['push', 'pop', 'dup', 'swap', 'over', 'add', 'sub', 'mul', 'jz', 'jmp', 'print', 'halt'];
const data = require('fs').readFileSync(0, 'utf8').split('\n');
const m = Number(data[0]);
const program = [];
for (let i = 1; i <= m; i++) {
  const [name, arg] = data[i].split(' ');
  program.push([NAMES.indexOf(name), arg === undefined ? 0 : Number(arg)]);
}
const stack = [];
const out = [];
let pc = 0;
while (pc < m) {
  const ins = program[pc];
  const op = ins[0];
  const arg = ins[1];
  pc++;
  switch (op) {
    case 0:
      stack.push(arg);
      break;
    case 1:
      stack.pop();
      break;
    case 2:
      stack.push(stack[stack.length - 1]);
      break;
    case 3: {
      const t = stack[stack.length - 1];
      stack[stack.length - 1] = stack[stack.length - 2];
      stack[stack.length - 2] = t;
      break;
    }
    case 4:
      stack.push(stack[stack.length - 2]);
      break;
    case 5: {
      const b = stack.pop();
      stack[stack.length - 1] = (stack[stack.length - 1] + b) >>> 0;
      break;
    }
    case 6: {
      const b = stack.pop();
      stack[stack.length - 1] = (stack[stack.length - 1] - b) >>> 0;
      break;
    }
    case 7: {
      const b = stack.pop();
      stack[stack.length - 1] = Math.imul(stack[stack.length - 1], b) >>> 0;
      break;
    }
    case 8:
      if (stack.pop() === 0) pc = arg;
      break;
    case 9:
      pc = arg;
      break;
    case 10:
      out.push(stack.pop());
      break;
    case 11:
      pc = m;
      break;
  }
}
if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
