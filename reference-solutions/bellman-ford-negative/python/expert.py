import sys
from collections import deque

INF = float("inf")


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    us = list(map(int, data[3 : 3 + 3 * m : 3]))
    vs = list(map(int, data[4 : 4 + 3 * m : 3]))
    ws = list(map(int, data[5 : 5 + 3 * m : 3]))
    graph = [[] for _ in range(n + 1)]
    for u, v, w in zip(us, vs, ws):
        graph[u].append((v, w))
    # Queue-based Bellman-Ford (SPFA): only nodes whose distance just dropped relax their edges
    # again. Only nodes reachable from s ever enter the queue. A node improved n times signals a
    # negative cycle; then the plain round-based algorithm settles which nodes are -INF.
    dist = [INF] * (n + 1)
    dist[s] = 0
    queued = bytearray(n + 1)
    times = [0] * (n + 1)
    queue = deque([s])
    queued[s] = 1
    pop = queue.popleft
    push = queue.append
    cycle = False
    while queue:
        u = pop()
        queued[u] = 0
        du = dist[u]
        for v, w in graph[u]:
            d = du + w
            if d < dist[v]:
                dist[v] = d
                if not queued[v]:
                    times[v] += 1
                    if times[v] >= n:
                        cycle = True
                        break
                    queued[v] = 1
                    push(v)
        if cycle:
            break
    bad = bytearray(n + 1)
    if cycle:
        edges = list(zip(us, vs, ws))
        dist = [INF] * (n + 1)
        dist[s] = 0
        for _ in range(n - 1):
            changed = False
            for u, v, w in edges:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    changed = True
            if not changed:
                break
        stack = [v for u, v, w in edges if dist[u] + w < dist[v]]
        for v in stack:
            bad[v] = 1
        while stack:
            u = stack.pop()
            for v, _ in graph[u]:
                if not bad[v]:
                    bad[v] = 1
                    stack.append(v)
    out = []
    for v in range(1, n + 1):
        if bad[v]:
            out.append("-INF")
        elif dist[v] == INF:
            out.append("UNREACHABLE")
        else:
            out.append(str(dist[v]))
    sys.stdout.write("\n".join(out))
    sys.stdout.write("\n")


main()
