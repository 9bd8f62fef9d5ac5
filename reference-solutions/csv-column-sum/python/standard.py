import sys

# Parse every row into a list of ints, transpose with zip and sum each column.
lines = sys.stdin.read().splitlines()
header = lines[0].split(",")
rows = [list(map(int, line.split(","))) for line in lines[1:] if line]
sums = [sum(col) for col in zip(*rows)] if rows else [0] * len(header)
print("\n".join(f"{name} {total}" for name, total in zip(header, sums)))
