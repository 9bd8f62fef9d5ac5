def count_components(n, edges):
    # Give every node a label; merging two components relabels one of them everywhere.
    label = list(range(n))
    for u, v in edges:
        a, b = label[u], label[v]
        if a != b:
            for i in range(n):
                if label[i] == b:
                    label[i] = a
    return len(set(label))
