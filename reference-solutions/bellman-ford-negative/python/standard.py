import sys

INF = float("inf")


def main():
    data = sys.stdin.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    graph = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])
        graph[u].append((v, w))
    # Bellman-Ford in rounds, where a round only relaxes the edges out of nodes whose distance
    # changed in the round before; it stops when a round changes nothing.
    dist = [INF] * (n + 1)
    dist[s] = 0
    active = [s]
    for _ in range(n - 1):
        if not active:
            break
        changed = set()
        for u in active:
            for v, w in graph[u]:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    changed.add(v)
        active = list(changed)
    # Edges that can still relax lead into nodes reached through a negative cycle; mark those and
    # everything reachable from them.
    bad = [False] * (n + 1)
    stack = []
    for u in active:
        for v, w in graph[u]:
            if dist[u] + w < dist[v] and not bad[v]:
                bad[v] = True
                stack.append(v)
    while stack:
        u = stack.pop()
        for v, _ in graph[u]:
            if not bad[v]:
                bad[v] = True
                stack.append(v)
    out = []
    for v in range(1, n + 1):
        if bad[v]:
            out.append("-INF")
        elif dist[v] == INF:
            out.append("UNREACHABLE")
        else:
            out.append(str(dist[v]))
    print("\n".join(out))


main()
