function huffmanCost(freqs) {
  // Sort the whole list again before every merge of the two smallest weights.
  const items = [...freqs];
  let total = 0;
  while (items.length > 1) {
    items.sort((a, b) => a - b);
    const merged = items.shift() + items.shift();
    total += merged;
    items.push(merged);
  }
  return total;
}
