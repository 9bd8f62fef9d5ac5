import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    m = int(data[1])
    us = list(map(int, data[2 : 2 + 2 * m : 2]))
    vs = list(map(int, data[3 : 3 + 2 * m : 2]))
    graph = [[] for _ in range(n + 1)]
    for u, v in zip(us, vs):
        if u != v:
            graph[u].append(v)
            graph[v].append(u)
    # Depth-first search with low-links, iterative with neighbour iterators: a non-root u is a
    # cut vertex when some child v has low[v] >= disc[u]; a root when it has two or more
    # children. Skipping the parent by node is safe here: a doubled edge never matters for
    # vertex cuts.
    disc = [0] * (n + 1)
    low = [0] * (n + 1)
    is_cut = bytearray(n + 1)
    time = 0
    for root in range(1, n + 1):
        if disc[root]:
            continue
        time += 1
        disc[root] = low[root] = time
        children = 0
        nodes = [root]
        parents = [0]
        iters = [iter(graph[root])]
        while iters:
            u = nodes[-1]
            parent = parents[-1]
            lu = low[u]
            for v in iters[-1]:
                d = disc[v]
                if not d:
                    low[u] = lu
                    time += 1
                    disc[v] = low[v] = time
                    nodes.append(v)
                    parents.append(u)
                    iters.append(iter(graph[v]))
                    break
                if d < lu and v != parent:
                    lu = d
            else:
                low[u] = lu
                nodes.pop()
                parents.pop()
                iters.pop()
                if parent:
                    if lu < low[parent]:
                        low[parent] = lu
                    if parent == root:
                        children += 1
                    elif lu >= disc[parent]:
                        is_cut[parent] = 1
        if children >= 2:
            is_cut[root] = 1
    cut = [v for v in range(1, n + 1) if is_cut[v]]
    sys.stdout.write(f"{len(cut)}\n")
    if cut:
        sys.stdout.write(" ".join(map(str, cut)))
        sys.stdout.write("\n")


main()
