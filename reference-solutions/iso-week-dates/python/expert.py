import sys
from datetime import date

# fromisoformat and isocalendar run in C; one %-format per date, one join, one write.
lines = sys.stdin.buffer.read().decode().split()
n = int(lines[0])
if n:
    iso = date.fromisoformat
    sys.stdout.write("\n".join(["%04d-W%02d-%d" % iso(s).isocalendar() for s in lines[1 : n + 1]]) + "\n")
