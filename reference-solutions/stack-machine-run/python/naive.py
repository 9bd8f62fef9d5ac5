import sys

# Each step splits the instruction's text again and picks its effect by comparing names; every
# executed step is kept in a trace, and the printed lines are collected until the end.
lines = sys.stdin.read().split("\n")
m = int(lines[0])
program = lines[1 : m + 1]
stack = []
trace = []
printed = []
pc = 0
while pc < m:
    parts = program[pc].split()
    name = parts[0]
    trace.append((pc, name, len(stack)))
    pc += 1
    if name == "push":
        stack.append(int(parts[1]))
    elif name == "pop":
        stack.pop()
    elif name == "dup":
        stack.append(stack[-1])
    elif name == "swap":
        stack[-1], stack[-2] = stack[-2], stack[-1]
    elif name == "over":
        stack.append(stack[-2])
    elif name == "add":
        b = stack.pop()
        a = stack.pop()
        stack.append((a + b) % 4294967296)
    elif name == "sub":
        b = stack.pop()
        a = stack.pop()
        stack.append((a - b) % 4294967296)
    elif name == "mul":
        b = stack.pop()
        a = stack.pop()
        stack.append((a * b) % 4294967296)
    elif name == "jz":
        if stack.pop() == 0:
            pc = int(parts[1])
    elif name == "jmp":
        pc = int(parts[1])
    elif name == "print":
        printed.append(str(stack.pop()))
    elif name == "halt":
        break
for line in printed:
    print(line)
