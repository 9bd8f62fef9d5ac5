import sys

# Parse once into a dict of sections, each a dict of keys; then answer every query from it.
lines = sys.stdin.read().split("\n")
sep = lines.index("--")
config = {"": {}}
current = config[""]
for line in lines[:sep]:
    if not line or line[0] in ";#":
        continue
    if line[0] == "[":
        current = config.setdefault(line[1:-1], {})
    else:
        key, _, value = line.partition("=")
        current[key] = value
out = []
for query in lines[sep + 1 : -1]:
    section, _, key = query.partition(".")
    out.append(config.get(section, {}).get(key, "<missing>"))
sys.stdout.write("".join(line + "\n" for line in out))
