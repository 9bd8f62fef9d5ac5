from datetime import datetime

# Each date is parsed with strptime and printed on its own.
n = int(input())
for _ in range(n):
    d = datetime.strptime(input(), "%Y-%m-%d")
    year, week, day = d.isocalendar()
    print(str(year).zfill(4) + "-W" + str(week).zfill(2) + "-" + str(day))
