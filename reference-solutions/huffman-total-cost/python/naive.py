def huffman_cost(freqs):
    # Sort the whole list again before every merge of the two smallest weights.
    items = list(freqs)
    total = 0
    while len(items) > 1:
        items.sort()
        merged = items.pop(0) + items.pop(0)
        total += merged
        items.append(merged)
    return total
