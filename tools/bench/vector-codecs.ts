/**
 * Smaller stored vectors for the memory-per-chunk comparison (bench only): float16 and int8 flat stores
 * with their own scans, and fewer dimensions of the local embedder's vectors. The local embedding is
 * [512 hashed | 100 word-vector] dimensions, each part scaled to its share (src/embedders/local-embedder.ts);
 * a hashed bucket is `hash % 512`, so summing halves of the hashed part gives exactly `hash % 256` buckets:
 * folding is what embedding with fewer hashed dimensions would store.
 */

const HASHED = 512;
const HASH_SHARE = 0.3;

/** float32 → IEEE half (round to nearest even), as its 16 bits. */
export function toHalf(value: number): number {
  const f32 = new Float32Array([value]);
  const bits = new Uint32Array(f32.buffer)[0] as number;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
  let mantissa = bits & 0x7fffff;
  if (exponent >= 31) return sign | 0x7c00;
  if (exponent <= 0) {
    if (exponent < -10) return sign;
    mantissa |= 0x800000;
    const shift = 14 - exponent;
    const half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    return sign | (half + (rest > mid || (rest === mid && half & 1) ? 1 : 0));
  }
  const half = (exponent << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  return sign | (half + (rest > 0x1000 || (rest === 0x1000 && half & 1) ? 1 : 0));
}

/** IEEE half bits → number. */
export function fromHalf(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >>> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (mantissa / 1024);
  if (exponent === 31) return mantissa ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * 2 ** (exponent - 15) * (1 + mantissa / 1024);
}

/** Top-k rows by score (higher first) from a scoring function over `rows` rows. */
function topK(rows: number, k: number, score: (row: number) => number): number[] {
  const idx: number[] = [];
  const val: number[] = [];
  for (let r = 0; r < rows; r++) {
    const s = score(r);
    if (idx.length < k || s > (val[val.length - 1] as number)) {
      let at = val.length;
      while (at > 0 && (val[at - 1] as number) < s) at--;
      val.splice(at, 0, s);
      idx.splice(at, 0, r);
      if (idx.length > k) {
        idx.pop();
        val.pop();
      }
    }
  }
  return idx;
}

export interface FlatStore {
  name: string;
  dims: number;
  bytesPerVector: number;
  /** Turns a full query vector into this store's space (fewer dimensions), unchanged otherwise. */
  project(query: Float32Array): Float32Array;
  search(query: Float32Array, k: number): number[];
}

export function float32Store(name: string, matrix: Float32Array, dims: number): FlatStore {
  const rows = matrix.length / dims;
  return {
    name,
    dims,
    bytesPerVector: dims * 4,
    project: (q) => q,
    search: (q, k) =>
      topK(rows, k, (r) => {
        let s = 0;
        const o = r * dims;
        for (let d = 0; d < dims; d++) s += (matrix[o + d] as number) * (q[d] as number);
        return s;
      }),
  };
}

/** float16 bits per component; the scan decodes through a 65,536-entry table. */
export function float16Store(matrix: Float32Array, dims: number): FlatStore {
  const rows = matrix.length / dims;
  const halves = new Uint16Array(matrix.length);
  for (let i = 0; i < matrix.length; i++) halves[i] = toHalf(matrix[i] as number);
  const table = new Float32Array(65536);
  for (let b = 0; b < 65536; b++) table[b] = fromHalf(b);
  return {
    name: "float16 flat",
    dims,
    bytesPerVector: dims * 2,
    project: (q) => q,
    search: (q, k) =>
      topK(rows, k, (r) => {
        let s = 0;
        const o = r * dims;
        for (let d = 0; d < dims; d++) s += (table[halves[o + d] as number] as number) * (q[d] as number);
        return s;
      }),
  };
}

/** int8 per component with one float32 scale per vector (max |x| ↦ 127): symmetric scalar quantisation. */
export function int8Store(matrix: Float32Array, dims: number): FlatStore {
  const rows = matrix.length / dims;
  const codes = new Int8Array(matrix.length);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(matrix[r * dims + d] as number));
    const scale = max / 127 || 1;
    scales[r] = scale;
    for (let d = 0; d < dims; d++) codes[r * dims + d] = Math.round((matrix[r * dims + d] as number) / scale);
  }
  return {
    name: "int8 flat (scale per vector)",
    dims,
    bytesPerVector: dims + 4,
    project: (q) => q,
    search: (q, k) =>
      topK(rows, k, (r) => {
        let s = 0;
        const o = r * dims;
        for (let d = 0; d < dims; d++) s += (codes[o + d] as number) * (q[d] as number);
        return s * (scales[r] as number);
      }),
  };
}

function normalise(v: Float32Array, from: number, to: number, length: number): void {
  let sum = 0;
  for (let i = from; i < to; i++) sum += (v[i] as number) ** 2;
  const f = sum > 0 ? length / Math.sqrt(sum) : 0;
  for (let i = from; i < to; i++) v[i] = (v[i] as number) * f;
}

/**
 * A local-embedder vector with its hashed part folded to `hashed` dimensions (a divisor of 512; 0 drops it
 * and keeps the word vectors alone), each part rescaled to its share as the embedder does.
 */
export function foldLocalVector(v: Float32Array, hashed: number): Float32Array {
  const words = v.length - HASHED;
  const out = new Float32Array(hashed + words);
  for (let i = 0; i < HASHED && hashed > 0; i++)
    out[i % hashed] = (out[i % hashed] as number) + (v[i] as number);
  out.set(v.subarray(HASHED), hashed);
  if (hashed > 0) {
    normalise(out, 0, hashed, Math.sqrt(HASH_SHARE));
    normalise(out, hashed, out.length, Math.sqrt(1 - HASH_SHARE));
  }
  normalise(out, 0, out.length, 1);
  return out;
}

/** A float32 store over every vector folded to `hashed` hashed dimensions (+ the 100 word-vector ones). */
export function foldedStore(matrix: Float32Array, dims: number, hashed: number): FlatStore {
  const rows = matrix.length / dims;
  const outDims = hashed + dims - HASHED;
  const folded = new Float32Array(rows * outDims);
  for (let r = 0; r < rows; r++)
    folded.set(foldLocalVector(matrix.subarray(r * dims, (r + 1) * dims), hashed), r * outDims);
  const inner = float32Store("", folded, outDims);
  return {
    ...inner,
    name: hashed
      ? `${outDims} dims (hashed part folded 512 → ${hashed}), float32 flat`
      : `${outDims} dims (word vectors only), float32 flat`,
    project: (q) => foldLocalVector(q, hashed),
  };
}
