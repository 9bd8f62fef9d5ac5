// Opcodes and operands live in typed arrays and the stack in a Uint32Array with a depth
// index (the machine never holds more than 1000 values); the switch on small integers
// compiles to a jump table, and the printed values are joined once at the end.
const data = require('fs').readFileSync(0, 'utf8').split('\n');
const m = Number(data[0]);
const CODES = { push: 0, pop: 1, dup: 2, swap: 3, over: 4, add: 5, sub: 6, mul: 7, jz: 8, jmp: 9, print: 10, halt: 11 };
const ops = new Uint8Array(m + 1);
const args = new Float64Array(m + 1);
for (let i = 0; i < m; i++) {
  const line = data[i + 1];
  const sp = line.indexOf(' ');
  if (sp < 0) ops[i] = CODES[line];
  else {
    ops[i] = CODES[line.slice(0, sp)];
    args[i] = Number(line.slice(sp + 1));
  }
}
ops[m] = 11; // running off the end halts
const st = new Uint32Array(1024);
const out = [];
let sp = 0; // st[sp - 1] is the top
let pc = 0;
for (let running = true; running; ) {
  const op = ops[pc];
  switch (op) {
    case 0:
      st[sp++] = args[pc++];
      break;
    case 1:
      sp--;
      pc++;
      break;
    case 2:
      st[sp] = st[sp - 1];
      sp++;
      pc++;
      break;
    case 3: {
      const t = st[sp - 1];
      st[sp - 1] = st[sp - 2];
      st[sp - 2] = t;
      pc++;
      break;
    }
    case 4:
      st[sp] = st[sp - 2];
      sp++;
      pc++;
      break;
    case 5:
      sp--;
      st[sp - 1] += st[sp];
      pc++;
      break;
    case 6:
      sp--;
      st[sp - 1] -= st[sp];
      pc++;
      break;
    case 7:
      sp--;
      st[sp - 1] = Math.imul(st[sp - 1], st[sp]);
      pc++;
      break;
    case 8:
      pc = st[--sp] === 0 ? args[pc] : pc + 1;
      break;
    case 9:
      pc = args[pc];
      break;
    case 10:
      out.push(st[--sp]);
      pc++;
      break;
    default:
      running = false;
  }
}
if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
