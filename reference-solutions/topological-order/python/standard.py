import heapq
import sys

input = sys.stdin.readline

n, m = map(int, input().split())
adj = [[] for _ in range(n)]
indeg = [0] * n
for _ in range(m):
    u, v = map(int, input().split())
    adj[u].append(v)
    indeg[v] += 1

heap = [i for i in range(n) if indeg[i] == 0]
heapq.heapify(heap)
order = []
while heap:
    x = heapq.heappop(heap)
    order.append(x)
    for v in adj[x]:
        indeg[v] -= 1
        if indeg[v] == 0:
            heapq.heappush(heap, v)

if len(order) < n:
    print("CYCLE")
else:
    print(" ".join(map(str, order)))
