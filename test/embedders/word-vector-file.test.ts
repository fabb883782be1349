/** The word-vector table read in place gives the same ranks, rows and embeddings as the loaded table. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { embedText } from "../../src/embedders/local-embedder";
import { WordVectorFile } from "../../src/embedders/word-vector-file";
import { compactWordVectors, locateWordVectors, wordVectors } from "../../src/embedders/word-vectors";

const TEXTS = [
  "How many visitors came to the lantern festival?",
  "What did Prak Sokhonn discuss with Blinken at the ASEAN-U.S. Special Summit?",
  "Flood warnings: the river crested at 4.2 m near the Millbrook bridge on Tuesday",
  "ខ្មែរ words without vectors, café, naïve, 2024-06-01, zzqxjv",
];

describe("WordVectorFile", () => {
  it("reads the shipped table in place: same ranks, same rows, identical embeddings", () => {
    const table = wordVectors();
    const file = WordVectorFile.open(locateWordVectors());
    const words = [...table.words.slice(0, 500), ...table.words.slice(-500), "zzqxjv", "khmerខ្មែរ", ""];
    for (const word of words)
      expect({ word, rank: file.rank(word) }).toEqual({ word, rank: table.rank(word) });
    for (const rank of [0, 1, 777, table.size - 1]) {
      const fromFile = new Float32Array(table.dimensions + 3);
      const fromTable = new Float32Array(table.dimensions + 3);
      file.addTo(fromFile, 3, rank, 0.37);
      table.addTo(fromTable, 3, rank, 0.37);
      expect(fromFile).toEqual(fromTable);
    }
    for (const text of TEXTS) expect(embedText(text, file)).toEqual(embedText(text, table));
  });

  it("rejects a file that is not a word-vector table, or a cut-off one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "nqa-wvf-"));
    try {
      const whole = compactWordVectors({ dimensions: 2, words: ["a"], vectors: { a: [1, 0] } });
      await writeFile(join(dir, "cut.bin"), whole.subarray(0, whole.length - 1));
      await writeFile(join(dir, "other.bin"), "hello world, not vectors at all");
      expect(() => WordVectorFile.open(join(dir, "cut.bin"))).toThrow(/truncated/);
      expect(() => WordVectorFile.open(join(dir, "other.bin"))).toThrow(/not a word-vector file/);
      await writeFile(join(dir, "whole.bin"), whole);
      expect(WordVectorFile.open(join(dir, "whole.bin")).rank("a")).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
