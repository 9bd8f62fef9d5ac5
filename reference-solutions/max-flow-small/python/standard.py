import sys
from collections import deque

sys.setrecursionlimit(10000)
input = sys.stdin.readline


def main():
    n, m, s, t = map(int, input().split())
    # Dinic: a breadth-first search builds the level graph, then a recursive depth-first search
    # sends blocking flow along edges one level down. Edge k and its reverse k ^ 1 sit side by
    # side; cap holds residual capacities.
    graph = [[] for _ in range(n + 1)]
    to = []
    cap = []
    for _ in range(m):
        u, v, c = map(int, input().split())
        graph[u].append(len(to))
        to.append(v)
        cap.append(c)
        graph[v].append(len(to))
        to.append(u)
        cap.append(0)

    def bfs():
        level = [-1] * (n + 1)
        level[s] = 0
        queue = deque([s])
        while queue:
            u = queue.popleft()
            for k in graph[u]:
                if cap[k] > 0 and level[to[k]] < 0:
                    level[to[k]] = level[u] + 1
                    queue.append(to[k])
        return level

    def dfs(u, pushed, level, pointer):
        if u == t:
            return pushed
        while pointer[u] < len(graph[u]):
            k = graph[u][pointer[u]]
            v = to[k]
            if cap[k] > 0 and level[v] == level[u] + 1:
                sent = dfs(v, min(pushed, cap[k]), level, pointer)
                if sent > 0:
                    cap[k] -= sent
                    cap[k ^ 1] += sent
                    return sent
            pointer[u] += 1
        return 0

    flow = 0
    while True:
        level = bfs()
        if level[t] < 0:
            break
        pointer = [0] * (n + 1)
        while True:
            sent = dfs(s, float("inf"), level, pointer)
            if sent == 0:
                break
            flow += sent
    print(flow)


main()
