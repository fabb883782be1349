/** Exact top-k by dot product (vectors are unit length, so this is cosine) with a 4-way unrolled loop. */
export function exactTopK(matrix: Float32Array, dims: number, query: Float32Array, k: number): number[] {
  const bestIdx: number[] = [];
  const bestScore: number[] = [];
  const rows = matrix.length / dims;
  for (let r = 0; r < rows; r++) {
    const o = r * dims;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let d = 0; d < dims; d += 4) {
      s0 += (matrix[o + d] as number) * (query[d] as number);
      s1 += (matrix[o + d + 1] as number) * (query[d + 1] as number);
      s2 += (matrix[o + d + 2] as number) * (query[d + 2] as number);
      s3 += (matrix[o + d + 3] as number) * (query[d + 3] as number);
    }
    const s = s0 + s1 + s2 + s3;
    if (bestIdx.length < k || s > (bestScore[bestScore.length - 1] as number)) {
      let at = bestScore.length;
      while (at > 0 && (bestScore[at - 1] as number) < s) at--;
      bestScore.splice(at, 0, s);
      bestIdx.splice(at, 0, r);
      if (bestIdx.length > k) {
        bestIdx.pop();
        bestScore.pop();
      }
    }
  }
  return bestIdx;
}
