import sys

# Split every line once, take each column's width once, pad with ljust / rjust.
rows = [line.split("|") for line in sys.stdin.read().splitlines()]
header = rows[0]
right = [name.startswith(">") for name in header]
rows[0] = [name[1:] if r else name for name, r in zip(header, right)]
widths = [max(3, max(len(cell) for cell in column)) for column in zip(*rows)]


def format_row(row):
    cells = (cell.rjust(w) if r else cell.ljust(w) for cell, w, r in zip(row, widths, right))
    return "| " + " | ".join(cells) + " |"


delimiter = "| " + " | ".join("-" * (w - 1) + (":" if r else "-") for w, r in zip(widths, right)) + " |"
out = [format_row(rows[0]), delimiter]
out.extend(format_row(row) for row in rows[1:])
sys.stdout.write("\n".join(out) + "\n")
