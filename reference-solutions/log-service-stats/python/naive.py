import sys

# Parse every line into a record, keep them all, group them by service, then summarise.
records = []
for line in sys.stdin.readlines():
    parts = line.split()
    fields = [part.split("=", 1) for part in parts[2:]]
    keys = [key for key, _ in fields]
    if keys[:3] != ["svc", "status", "ms"]:
        continue
    records.append(
        {
            "time": parts[0],
            "level": parts[1],
            "svc": fields[0][1],
            "status": int(fields[1][1]),
            "ms": int(fields[2][1]),
            "extra": dict(fields[3:]),
        }
    )
groups = {}
for record in records:
    groups.setdefault(record["svc"], []).append(record)
for name in sorted(groups):
    group = groups[name]
    errors = len([r for r in group if r["status"] >= 500])
    print(name, len(group), errors, max(r["ms"] for r in group))
