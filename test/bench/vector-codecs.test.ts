import { embedHashed, embedText } from "../../src/embedders/local-embedder";
import {
  float16Store,
  float32Store,
  foldedStore,
  foldLocalVector,
  fromHalf,
  int8Store,
  toHalf,
} from "../../tools/bench/vector-codecs";

const cosine = (a: Float32Array, b: Float32Array) => {
  let [ab, aa, bb] = [0, 0, 0];
  for (let i = 0; i < a.length; i++) {
    ab += (a[i] as number) * (b[i] as number);
    aa += (a[i] as number) ** 2;
    bb += (b[i] as number) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
};

/** Unit vectors: four clusters in 8 dimensions, so the nearest rows of a query are known. */
function clusters(): Float32Array {
  const rows: number[][] = [];
  for (let c = 0; c < 4; c++)
    for (let j = 0; j < 5; j++) {
      const v = Array.from({ length: 8 }, (_, d) => (d === c * 2 ? 1 : 0.05 * ((d + j) % 3)));
      const norm = Math.hypot(...v);
      rows.push(v.map((x) => x / norm));
    }
  return Float32Array.from(rows.flat());
}

describe("half floats", () => {
  it("encode and decode IEEE binary16, rounding to nearest", () => {
    expect([1, -2, 0.5, 65504, 0].map(toHalf)).toEqual([0x3c00, 0xc000, 0x3800, 0x7bff, 0]);
    expect(fromHalf(0x3555)).toBeCloseTo(0.33325, 5);
    expect(fromHalf(toHalf(2 ** -20))).toBeCloseTo(2 ** -20, 9); // subnormal
    for (const x of [0.1, -0.0371, 0.9999, 0.25])
      expect(Math.abs(fromHalf(toHalf(x)) - x)).toBeLessThan(x === 0 ? 1e-7 : Math.abs(x) * 2 ** -11 + 1e-12);
  });
});

describe("flat stores", () => {
  const matrix = clusters();
  const query = matrix.slice(5 * 8, 6 * 8); // first row of cluster 1

  it("find the query's own cluster with float32, float16 and int8 vectors", () => {
    for (const store of [float32Store("f32", matrix, 8), float16Store(matrix, 8), int8Store(matrix, 8)]) {
      expect(store.search(query, 5).sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9]);
      expect(store.search(query, 1)).toEqual([5]);
    }
  });

  it("report what a vector costs", () => {
    expect(float32Store("f32", matrix, 8).bytesPerVector).toBe(32);
    expect(float16Store(matrix, 8).bytesPerVector).toBe(16);
    expect(int8Store(matrix, 8).bytesPerVector).toBe(12);
  });
});

describe("fewer dimensions of the local embedder", () => {
  const text = "The city council approved the 2024 budget after a long debate on housing and transport.";

  it("folding the hashed part to 256 stores what embedding with 256 hashed dimensions would", () => {
    const folded = foldLocalVector(embedText(text), 256);
    expect(folded).toHaveLength(356);
    expect(cosine(folded.subarray(0, 256), embedHashed(text, 256))).toBeCloseTo(1, 5);
    expect(cosine(folded.subarray(256), embedText(text).subarray(512))).toBeCloseTo(1, 5);
    // Parts keep the embedder's shares: 0.3 of the squared length hashed, 0.7 word vectors.
    const hashedShare = folded.subarray(0, 256).reduce((s, x) => s + x * x, 0);
    expect(hashedShare).toBeCloseTo(0.3, 5);
  });

  it("searches folded vectors with folded queries", () => {
    const texts = [
      text,
      "Storm floods the harbour",
      "The club won the cup final",
      "Council budget debate on housing",
    ];
    const vectors = texts.map((t) => embedText(t));
    const matrix = new Float32Array(vectors.length * 612);
    vectors.forEach((v, i) => {
      matrix.set(v, i * 612);
    });
    const store = foldedStore(matrix, 612, 0);
    expect(store.dims).toBe(100);
    expect(store.search(store.project(embedText("the harbour flooded in the storm")), 1)).toEqual([1]);
  });
});
