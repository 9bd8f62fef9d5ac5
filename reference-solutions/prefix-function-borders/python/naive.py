s = input().strip()
n = len(s)
pi = []
for i in range(n):
    # Longest border of s[:i + 1]: try every length from the longest down.
    best = 0
    for k in range(i, 0, -1):
        if s.startswith(s[i - k + 1:i + 1]):
            best = k
            break
    pi.append(best)
borders = [k for k in range(1, n) if s.startswith(s[n - k:])]
print(' '.join(str(v) for v in pi))
print(' '.join(str(v) for v in borders))
