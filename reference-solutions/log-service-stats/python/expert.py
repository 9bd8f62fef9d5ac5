import re
import sys

# One read of the raw bytes and one regex over all of it, matches streamed by finditer: no
# per-line strings, no record list. The pattern starts at the timestamp's final "Z " (a literal
# the regex engine scans for quickly; values never hold capitals), so svc= must be the first
# field. A status of 500 or more starts with 5 (three digits, at most 599): a byte comparison.
data = sys.stdin.buffer.read()
stats = {}
for m in re.finditer(rb"Z [A-Z]+ svc=(\S+) status=(\d)\d\d ms=(\d+)", data):
    name, hundreds, ms = m.groups()
    s = stats.get(name)
    if s is None:
        s = stats[name] = [0, 0, 0]
    s[0] += 1
    if hundreds == b"5":
        s[1] += 1
    ms = int(ms)
    if ms > s[2]:
        s[2] = ms
sys.stdout.write("".join(f"{name.decode()} {s[0]} {s[1]} {s[2]}\n" for name, s in sorted(stats.items())))
