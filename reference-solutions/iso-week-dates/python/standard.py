import sys
from datetime import date

lines = sys.stdin.read().split()
n = int(lines[0])
out = []
for s in lines[1 : n + 1]:
    year, week, day = date.fromisoformat(s).isocalendar()
    out.append("%04d-W%02d-%d\n" % (year, week, day))
sys.stdout.write("".join(out))
