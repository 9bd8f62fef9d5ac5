from collections import defaultdict, deque


def bipartite_smaller_sides(n, edges):
    # Breadth-first search from every uncoloured node, giving each neighbour the opposite
    # colour; an edge between equal colours means an odd cycle.
    graph = defaultdict(list)
    for u, v in edges:
        graph[u].append(v)
        graph[v].append(u)
    color = {}
    total = 0
    for s in range(n):
        if s in color:
            continue
        color[s] = 0
        sides = [1, 0]
        queue = deque([s])
        while queue:
            u = queue.popleft()
            for v in graph[u]:
                if v not in color:
                    color[v] = 1 - color[u]
                    sides[color[v]] += 1
                    queue.append(v)
                elif color[v] == color[u]:
                    return -1
        total += min(sides)
    return total
