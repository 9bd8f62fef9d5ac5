s = input().strip()
n = len(s)
# Try lengths 1, 2, 3, ... while some window of that length repeats.
best = 0
length = 1
while length < n:
    seen = set()
    repeats = []
    for i in range(n - length + 1):
        w = s[i:i + length]
        if w in seen:
            repeats.append(w)
        seen.add(w)
    if not repeats:
        break
    best = length
    smallest = min(repeats)
    length += 1
print(best)
print(smallest if best else '')
