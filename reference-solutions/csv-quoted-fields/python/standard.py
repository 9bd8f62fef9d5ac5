import csv
import sys

# The csv module reads the records one at a time (it follows quoted newlines to the next line);
# keep the running totals of field c's length.
c = int(sys.stdin.readline())
records = 0
total = 0
weighted = 0
for record in csv.reader(sys.stdin):
    records += 1
    length = len(record[c]) if record else 0  # csv reads an empty line as a record with no fields
    total += length
    weighted += records * length
print(records, total, weighted)
