function spiralChecksum(matrix) {
  // Walk the boundary of the part not yet visited, element by element, and shrink it, adding
  // each element's contribution as it is visited.
  if (matrix.length === 0) return 0;
  let sum = 0;
  let k = 0;
  let top = 0;
  let bottom = matrix.length - 1;
  let left = 0;
  let right = matrix[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let j = left; j <= right; j++) sum += ++k * matrix[top][j];
    for (let i = top + 1; i <= bottom; i++) sum += ++k * matrix[i][right];
    if (top < bottom && left < right) {
      for (let j = right - 1; j >= left; j--) sum += ++k * matrix[bottom][j];
      for (let i = bottom - 1; i > top; i--) sum += ++k * matrix[i][left];
    }
    top++;
    bottom--;
    left++;
    right--;
  }
  return sum;
}
