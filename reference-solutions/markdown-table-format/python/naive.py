import sys

lines = sys.stdin.read().split("\n")[:-1]
header = lines[0].split("|")
columns = len(header)
right = [name.startswith(">") for name in header]

# Each column's width from a fresh scan of every line, splitting every line again.
widths = []
for j in range(columns):
    width = 3
    for i in range(len(lines)):
        cell = lines[i].split("|")[j]
        if i == 0 and right[j]:
            cell = cell[1:]
        if len(cell) > width:
            width = len(cell)
    widths.append(width)


def pad(cell, width, to_right):
    while len(cell) < width:
        cell = " " + cell if to_right else cell + " "
    return cell


out = ""
for i in range(len(lines)):
    cells = lines[i].split("|")
    line = "|"
    for j in range(columns):
        cell = cells[j][1:] if i == 0 and right[j] else cells[j]
        line = line + " " + pad(cell, widths[j], right[j]) + " |"
    out += line + "\n"
    if i == 0:
        line = "|"
        for j in range(columns):
            dashes = ""
            while len(dashes) < widths[j] - 1:
                dashes = dashes + "-"
            line = line + " " + dashes + (":" if right[j] else "-") + " |"
        out += line + "\n"
sys.stdout.write(out)
