import sys

# Read the file character by character into a table of every record's fields, then total it.
text = sys.stdin.read()
first = text.index("\n")
c = int(text[:first])
data = text[first + 1 :]
table = []
row = []
field = ""
in_quotes = False
i = 0
while i < len(data):
    ch = data[i]
    if in_quotes:
        if ch == '"':
            if i + 1 < len(data) and data[i + 1] == '"':
                field += '"'
                i += 1
            else:
                in_quotes = False
        else:
            field += ch
    elif ch == '"':
        in_quotes = True
    elif ch == ",":
        row.append(field)
        field = ""
    elif ch == "\n":
        row.append(field)
        table.append(row)
        row = []
        field = ""
    else:
        field += ch
    i += 1
total = 0
weighted = 0
for number, record in enumerate(table, 1):
    total += len(record[c])
    weighted += number * len(record[c])
print(len(table), total, weighted)
