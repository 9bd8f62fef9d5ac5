import sys


def run(data):
    # Opcodes are small integers tested in order of how often programs execute them, the
    # stack's methods are bound to locals, and the printed lines are joined once at the end.
    m = int(data[0])
    codes = {"push": 0, "swap": 1, "sub": 2, "dup": 3, "jz": 4, "jmp": 5, "add": 6, "mul": 7, "over": 8, "pop": 9, "print": 10, "halt": 11}
    ops = []
    args = []
    for line in data[1 : m + 1]:
        name, _, arg = line.partition(" ")
        ops.append(codes[name])
        args.append(int(arg) if arg else 0)
    ops.append(11)  # running off the end halts
    args.append(0)
    stack = []
    push = stack.append
    pop = stack.pop
    out = []
    emit = out.append
    pc = 0
    while True:
        op = ops[pc]
        if op == 0:
            push(args[pc])
        elif op == 1:
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == 2:
            b = pop()
            stack[-1] = (stack[-1] - b) & 0xFFFFFFFF
        elif op == 3:
            push(stack[-1])
        elif op == 4:
            if not pop():
                pc = args[pc]
                continue
        elif op == 5:
            pc = args[pc]
            continue
        elif op == 6:
            b = pop()
            stack[-1] = (stack[-1] + b) & 0xFFFFFFFF
        elif op == 7:
            b = pop()
            stack[-1] = (stack[-1] * b) & 0xFFFFFFFF
        elif op == 8:
            push(stack[-2])
        elif op == 9:
            pop()
        elif op == 10:
            emit(pop())
        else:
            break
        pc += 1
    if out:
        sys.stdout.write("\n".join(map(str, out)) + "\n")


run(sys.stdin.read().split("\n"))
