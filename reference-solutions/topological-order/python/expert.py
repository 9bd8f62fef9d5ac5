import sys
from heapq import heapify, heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    us = data[2::2]
    vs = list(map(int, data[3::2]))
    adj = [[] for _ in range(n)]
    indeg = [0] * n
    for u, v in zip(map(int, us), vs):
        adj[u].append(v)
    for v in vs:
        indeg[v] += 1
    heap = [i for i, d in enumerate(indeg) if not d]
    heapify(heap)
    order = []
    out = order.append
    pop, push = heappop, heappush
    while heap:
        x = pop(heap)
        out(x)
        for v in adj[x]:
            d = indeg[v] - 1
            indeg[v] = d
            if not d:
                push(heap, v)
    sys.stdout.write("CYCLE\n" if len(order) < n else " ".join(map(str, order)) + "\n")


main()
