import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s, t = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    # Dinic: a breadth-first search builds the level graph, then depth-first searches send
    # blocking flow along edges that go one level down, each edge pointer only moving forward.
    # Edge k and its reverse k ^ 1 sit side by side; cap holds residual capacities.
    graph = [[] for _ in range(n + 1)]
    to = []
    cap = []
    vals = list(map(int, data[4 : 4 + 3 * m]))
    for i in range(0, 3 * m, 3):
        u, v, c = vals[i], vals[i + 1], vals[i + 2]
        if u == v:
            continue
        graph[u].append(len(to))
        to.append(v)
        cap.append(c)
        graph[v].append(len(to))
        to.append(u)
        cap.append(0)
    flow = 0
    while True:
        level = [-1] * (n + 1)
        level[s] = 0
        frontier = [s]
        d = 0
        while frontier and level[t] < 0:
            d += 1
            nxt = []
            for u in frontier:
                for k in graph[u]:
                    v = to[k]
                    if level[v] < 0 and cap[k]:
                        level[v] = d
                        nxt.append(v)
            frontier = nxt
        if level[t] < 0:
            break
        pointer = [0] * (n + 1)
        # Iterative DFS: path holds the edges from s to the current node.
        while True:
            path = []
            u = s
            while u != t:
                edges = graph[u]
                i = pointer[u]
                lu = level[u] + 1
                while i < len(edges):
                    k = edges[i]
                    if cap[k] and level[to[k]] == lu:
                        break
                    i += 1
                pointer[u] = i
                if i == len(edges):
                    if not path:
                        break
                    # Dead end: retreat and skip the edge that led here.
                    level[u] = -1
                    k = path.pop()
                    u = to[k ^ 1]
                    pointer[u] += 1
                    continue
                path.append(edges[i])
                u = to[edges[i]]
            if u != t:
                break
            push = min(cap[k] for k in path)
            for k in path:
                cap[k] -= push
                cap[k ^ 1] += push
            flow += push
    print(flow)


main()
