import sys

input = sys.stdin.readline


def main():
    n, m = map(int, input().split())
    graph = [[] for _ in range(n + 1)]
    for _ in range(m):
        u, v = map(int, input().split())
        if u != v:
            graph[u].append(v)
            graph[v].append(u)
    # Depth-first search with low-links: a non-root u is a cut vertex when some child v has
    # low[v] >= disc[u]; a root when it has two or more children.
    disc = [0] * (n + 1)
    low = [0] * (n + 1)
    is_cut = [False] * (n + 1)
    time = 0
    for root in range(1, n + 1):
        if disc[root]:
            continue
        time += 1
        disc[root] = low[root] = time
        children = 0
        stack = [(root, 0, 0)]  # node, parent, next neighbour index
        while stack:
            u, parent, i = stack[-1]
            if i < len(graph[u]):
                stack[-1] = (u, parent, i + 1)
                v = graph[u][i]
                if not disc[v]:
                    time += 1
                    disc[v] = low[v] = time
                    if u == root:
                        children += 1
                    stack.append((v, u, 0))
                elif v != parent:
                    low[u] = min(low[u], disc[v])
            else:
                stack.pop()
                if parent:
                    low[parent] = min(low[parent], low[u])
                    if parent != root and low[u] >= disc[parent]:
                        is_cut[parent] = True
        if children >= 2:
            is_cut[root] = True
    cut = [v for v in range(1, n + 1) if is_cut[v]]
    print(len(cut))
    if cut:
        print(" ".join(map(str, cut)))


main()
