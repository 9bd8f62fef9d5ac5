import re
import sys

# Line by line: one anchored regex picks the first three fields; totals per service.
request = re.compile(r"\S+ [A-Z]+ svc=(\S+) status=(\d+) ms=(\d+)")
stats = {}
for line in sys.stdin:
    m = request.match(line)
    if m is None:
        continue
    name, status, ms = m.groups()
    s = stats.get(name)
    if s is None:
        s = stats[name] = [0, 0, 0]
    s[0] += 1
    if int(status) >= 500:
        s[1] += 1
    if int(ms) > s[2]:
        s[2] = int(ms)
sys.stdout.write("".join(f"{name} {s[0]} {s[1]} {s[2]}\n" for name, s in sorted(stats.items())))
