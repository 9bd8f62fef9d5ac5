# Every generation is kept as a list of characters; each cell reads its neighbourhood with
# bounds checks and looks up the rule bit.
rule, w, k = map(int, input().split())
history = [list(input().strip())]
for _ in range(k):
    cur = history[-1]
    nxt = []
    for i in range(w):
        left = 1 if i > 0 and cur[i - 1] == "#" else 0
        mid = 1 if cur[i] == "#" else 0
        right = 1 if i + 1 < w and cur[i + 1] == "#" else 0
        nxt.append("#" if (rule >> (4 * left + 2 * mid + right)) & 1 else ".")
    history.append(nxt)
print("".join(history[-1]))
