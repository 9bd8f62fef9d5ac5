import csv
import sys

reader = csv.DictReader(sys.stdin)
names = reader.fieldnames
totals = {}
for name in names:
    totals[name] = 0
for row in reader:
    for name in names:
        totals[name] += int(row[name])
for name in names:
    print(name, totals[name])
