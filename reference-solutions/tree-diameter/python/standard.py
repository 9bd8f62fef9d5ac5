from collections import deque


def tree_diameter(n, edges):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)

    def bfs(start):
        dist = [-1] * n
        dist[start] = 0
        queue = deque([start])
        far = start
        while queue:
            u = queue.popleft()
            if dist[u] > dist[far]:
                far = u
            for v in adj[u]:
                if dist[v] == -1:
                    dist[v] = dist[u] + 1
                    queue.append(v)
        return far, dist[far]

    # The farthest node from any node is an end of some longest path.
    a, _ = bfs(0)
    _, d = bfs(a)
    return d
