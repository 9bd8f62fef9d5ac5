import sys
from itertools import repeat

# Everything per cell runs in C: str.split mapped over the lines, zip(*rows) for the columns,
# max(map(len, column)) for the widths, and one str.format template (a fixed-width field per
# column) mapped over the columns, joined once.
lines = sys.stdin.read().split("\n")
lines.pop()
rows = list(map(str.split, lines, repeat("|", len(lines))))
header = rows[0]
right = [name[:1] == ">" for name in header]
rows[0] = [name[1:] if r else name for name, r in zip(header, right)]
columns = list(zip(*rows))
widths = [max(3, max(map(len, column))) for column in columns]
template = "| " + " | ".join(f"{{:{'>' if r else '<'}{w}}}" for w, r in zip(widths, right)) + " |\n"
delimiter = "| " + " | ".join("-" * (w - 1) + (":" if r else "-") for w, r in zip(widths, right)) + " |\n"
body = "".join(map(template.format, *[column[1:] for column in columns]))
sys.stdout.write(template.format(*rows[0]) + delimiter + body)
