q = int(input())
elements = set()
for _ in range(q):
    t, x = map(int, input().split())
    if t == 1:
        elements.add(x)
    elif t == 2:
        elements.discard(x)
    elif t == 3:
        print(sum(1 for y in elements if y < x))
    else:
        ordered = sorted(elements)
        print(ordered[x - 1] if x <= len(ordered) else -1)
