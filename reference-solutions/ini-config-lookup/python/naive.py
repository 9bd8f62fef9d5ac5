import sys


def lookup(text, section, key):
    # Re-read the whole configuration for every query; the last assignment seen wins.
    found = "<missing>"
    current = ""
    for line in text.split("\n"):
        if line == "--":
            break
        if line == "" or line[0] == ";" or line[0] == "#":
            continue
        if line[0] == "[":
            current = line[1:-1]
            continue
        k, v = line.split("=", 1)
        if current == section and k == key:
            found = v
    return found


text = sys.stdin.read()
lines = text.split("\n")
queries = lines[lines.index("--") + 1 : -1]
for query in queries:
    section, key = query.split(".", 1)
    print(lookup(text, section, key))
