def tree_diameter(n, edges):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    best = 0
    # Search from every node and keep the farthest distance seen.
    for s in range(n):
        dist = [-1] * n
        dist[s] = 0
        queue = [s]
        i = 0
        while i < len(queue):
            u = queue[i]
            i += 1
            for v in adj[u]:
                if dist[v] == -1:
                    dist[v] = dist[u] + 1
                    queue.append(v)
        best = max(best, max(dist))
    return best
