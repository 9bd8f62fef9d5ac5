function wrapSlack(text, width) {
  // Build every line as a string, trying each word by re-joining the line with it.
  const words = text === '' ? [] : text.split(' ');
  const lines = [];
  let current = [];
  for (const word of words) {
    const candidate = [...current, word].join(' ');
    if (candidate.length <= width) {
      current.push(word);
    } else {
      lines.push(current.join(' '));
      current = [word];
    }
  }
  if (current.length > 0) lines.push(current.join(' '));
  let slack = 0;
  for (const line of lines.slice(0, -1)) slack += (width - line.length) ** 2;
  return [lines.length, slack];
}
