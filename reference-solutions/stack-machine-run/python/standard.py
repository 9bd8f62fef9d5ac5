import sys

# The program is parsed once into opcode numbers (in the order of the instruction table) and
# operands; each step tests the opcode against the table in order.
NAMES = ["push", "pop", "dup", "swap", "over", "add", "sub", "mul", "jz", "jmp", "print", "halt"]


def main():
    data = sys.stdin.read().split("\n")
    m = int(data[0])
    program = []
    for line in data[1 : m + 1]:
        parts = line.split()
        program.append((NAMES.index(parts[0]), int(parts[1]) if len(parts) > 1 else 0))
    stack = []
    out = []
    pc = 0
    while pc < m:
        op, arg = program[pc]
        pc += 1
        if op == 0:
            stack.append(arg)
        elif op == 1:
            stack.pop()
        elif op == 2:
            stack.append(stack[-1])
        elif op == 3:
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == 4:
            stack.append(stack[-2])
        elif op == 5:
            b = stack.pop()
            stack[-1] = (stack[-1] + b) & 0xFFFFFFFF
        elif op == 6:
            b = stack.pop()
            stack[-1] = (stack[-1] - b) & 0xFFFFFFFF
        elif op == 7:
            b = stack.pop()
            stack[-1] = (stack[-1] * b) & 0xFFFFFFFF
        elif op == 8:
            if stack.pop() == 0:
                pc = arg
        elif op == 9:
            pc = arg
        elif op == 10:
            out.append(str(stack.pop()))
        else:
            break
    sys.stdout.write("".join(s + "\n" for s in out))


main()
