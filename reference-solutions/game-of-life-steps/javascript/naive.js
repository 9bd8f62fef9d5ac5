function lifeAfter(grid, k) {
  // Every generation is kept as a fresh array of arrays of characters; each cell counts its
  // neighbours one by one with bounds checks.
  const h = grid.length;
  const w = h ? grid[0].length : 0;
  const history = [grid.map((row) => row.split(''))];
  for (let g = 0; g < k; g++) {
    const cur = history[history.length - 1];
    const nxt = [];
    for (let i = 0; i < h; i++) {
      const row = [];
      for (let j = 0; j < w; j++) {
        let n = 0;
        for (const di of [-1, 0, 1]) {
          for (const dj of [-1, 0, 1]) {
            if (di === 0 && dj === 0) continue;
            const a = i + di;
            const b = j + dj;
            if (a >= 0 && a < h && b >= 0 && b < w && cur[a][b] === '#') n++;
          }
        }
        if (cur[i][j] === '#') row.push(n === 2 || n === 3 ? '#' : '.');
        else row.push(n === 3 ? '#' : '.');
      }
      nxt.push(row);
    }
    history.push(nxt);
  }
  return history[history.length - 1].map((row) => row.join(''));
}
