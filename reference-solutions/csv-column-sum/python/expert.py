import sys

# One read of the raw bytes. Commas become spaces so a single split() yields every token: the c
# header names, then the values row by row. Column j is the stride-c slice from c + j, summed
# with map(int, ...) in C. Few large temporaries: no per-line objects, no decoded copy.
data = sys.stdin.buffer.read()
c = data.count(b",", 0, data.find(b"\n")) + 1
toks = data.replace(b",", b" ").split()
names = toks[:c]
sums = [sum(map(int, toks[j::c])) for j in range(c, 2 * c)] if len(toks) > c else [0] * c
sys.stdout.write("".join(f"{name.decode()} {total}\n" for name, total in zip(names, sums)))
