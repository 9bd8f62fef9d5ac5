import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';
import type { Rng } from '../../src/problem/rng.ts';

export default defineProblem({
  id: 'stack-machine-run',
  title: 'Run a stack-machine program',
  category: 'implementation',
  tags: ['simulation', 'interpreter', 'stack', 'stdio', 'memory'],
  kind: 'stdio',
  statement: `
Run a program for a small stack machine and print what it prints.

**Input** (standard input): a line with \`m\`, the number of instructions, then \`m\` lines with one
instruction each, numbered from 0. An instruction is a lowercase name, followed by one integer
operand for \`push\`, \`jz\` and \`jmp\`, separated by a single space.

The machine has a stack of unsigned 32-bit values and a program counter starting at 0. Each
step executes the instruction at the program counter, which then moves to the next instruction
unless a jump is taken. The program stops after \`halt\` or when the counter reaches \`m\`.

| instruction | effect |
|---|---|
| \`push X\` | push \`X\` (\`0 <= X < 2^32\`) |
| \`pop\` | remove the top value |
| \`dup\` | push a copy of the top value |
| \`swap\` | exchange the two top values |
| \`over\` | push a copy of the value below the top |
| \`add\`, \`sub\`, \`mul\` | pop \`b\`, pop \`a\`, push \`a + b\`, \`a - b\` or \`a * b\` modulo \`2^32\` |
| \`jz L\` | pop a value; if it is 0, jump to instruction \`L\` |
| \`jmp L\` | jump to instruction \`L\` |
| \`print\` | pop a value and print it in decimal on a line of its own |
| \`halt\` | stop |

**Output** (standard output): one line per executed \`print\`, in order; nothing else.

**Guarantees:** \`1 <= m <= 1000\`; every program is valid: no instruction finds too few values
on the stack, every jump target is in \`[0, m)\`, the stack never holds more than 1000 values,
the program stops after at most \`10^6\` steps, and it prints at most \`10^5\` lines.
`,
  cases: [
    { stdin: '1\nhalt\n', expected: '', note: 'halts at once, prints nothing' },
    { stdin: '2\npush 7\nprint\n', expected: '7\n', note: 'runs off the end after the last instruction' },
    { stdin: '4\npush 2\npush 5\nsub\nprint\n', expected: '4294967293\n', note: 'subtraction wraps modulo 2^32' },
    { stdin: '4\npush 65536\ndup\nmul\nprint\n', expected: '0\n', note: 'multiplication wraps: 2^32 mod 2^32' },
    {
      stdin: '7\npush 4294967295\npush 1\nadd\nprint\npush 3\npush 9\nprint\n',
      expected: '0\n9\n',
      note: 'addition wraps; a value left on the stack is never printed',
    },
    { stdin: '8\npush 1\npush 2\nover\nprint\nswap\nprint\nprint\nhalt\n', expected: '1\n1\n2\n', note: 'over and swap' },
    { stdin: '6\npush 0\njz 4\npush 1\nprint\npush 5\nprint\n', expected: '5\n', note: 'jz taken pops its operand and skips' },
    { stdin: '6\npush 3\njz 4\npush 1\nprint\npush 5\nprint\n', expected: '1\n5\n', note: 'jz not taken falls through' },
    {
      stdin: '10\npush 3\ndup\nprint\npush 1\nsub\ndup\njz 8\njmp 1\npop\nhalt\n',
      expected: '3\n2\n1\n',
      note: 'countdown loop with jz and jmp',
    },
    { stdin: '5\njmp 3\npush 1\nprint\npush 2\nprint\n', expected: '2\n', note: 'forward jmp' },
  ],
  levels: enamelLevels([300, 2500, 5000, 10000]),
  generate(rng, size) {
    // A seed value, then loops (some nested) whose bodies mix arithmetic, stack shuffles and
    // prints; loop counts are chosen so the run takes about \`size\` steps.
    const code: Op[] = [['push', rng.int(0, 2 ** 32 - 1)]];
    const loops = rng.int(1, 4);
    for (let i = 0; i < loops; i++) emitLoop(rng, code, Math.floor(size / loops), 0);
    code.push(['print']);
    if (rng.bool(0.5)) code.push(['halt']);
    return `${code.length}\n${code.map((op) => op.join(' ')).join('\n')}\n`;
  },
});

type Op = [string] | [string, number];

/** Appends a counted loop over the value on top of the stack; returns its step count. */
function emitLoop(rng: Rng, code: Op[], budget: number, depth: number): number {
  const body: Op[] = [];
  const inner: Op[] = [];
  let innerSteps = 0;
  const bodySteps = emitBody(rng, body, depth === 0);
  if (depth < 2 && budget > 400 && rng.bool(0.5)) innerSteps = emitLoop(rng, inner, Math.floor(budget / 8), depth + 1);
  const perRound = bodySteps + innerSteps + 7; // swap, body, inner, swap, push 1, sub, dup, jz, jmp
  const rounds = Math.max(1, Math.min(100000, Math.floor(budget / perRound)));
  code.push(['push', rounds]);
  const top = code.length;
  const end = top + body.length + inner.length + 7; // index of the closing pop
  code.push(['swap'], ...body, ...relocate(inner, top + 1 + body.length), ['swap'], ['push', 1], ['sub'], ['dup'], ['jz', end], ['jmp', top], ['pop']);
  if (code.length !== end + 1) throw new Error('loop layout');
  return 2 + rounds * perRound;
}

/** Shifts the jump targets of code that will start at \`at\` instead of 0. */
function relocate(code: Op[], at: number): Op[] {
  return code.map((op) => (op[0] === 'jz' || op[0] === 'jmp' ? [op[0], op[1]! + at] : op));
}

/** Straight-line code that leaves exactly one value where it found one; returns its length (= its steps). */
function emitBody(rng: Rng, code: Op[], mayPrint: boolean): number {
  let depth = 1;
  const len = rng.int(3, 12);
  for (let i = 0; i < len || depth > 1; i++) {
    const choices = ['push', 'dup'];
    if (depth >= 2) choices.push('add', 'sub', 'mul', 'mul', 'swap', 'over', 'pop');
    if (depth >= 4 || i >= len) choices.splice(0, choices.length, 'add', 'sub', 'mul');
    const op = depth >= 2 && mayPrint && rng.bool(0.2) ? 'print' : rng.pick(choices);
    if (op === 'push') code.push(['push', rng.bool(0.5) ? rng.int(0, 9) : rng.int(0, 2 ** 32 - 1)]);
    else code.push([op]);
    if (op === 'push' || op === 'dup' || op === 'over') depth++;
    else if (op !== 'swap') depth--;
  }
  // An odd constant added at the end keeps values from collapsing to 0 under repeated products.
  code.push(['push', 2 * rng.int(0, 2 ** 30) + 1], ['add']);
  return code.length;
}
