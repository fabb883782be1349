/** The sharded hnswlib store: build in worker threads, save, lazy read-back, load, delete, add. */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document } from "@langchain/core/documents";
import { type ChunkRef, DEFAULT_HNSW, HnswVectorStore } from "../../src/retrieval/hnsw-vector-store";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder";

const DIMS = 16;

function vectors(count: number, seed: number): number[][] {
  let a = seed;
  const random = () => {
    a = (a * 1103515245 + 12345) % 2 ** 31;
    return a / 2 ** 31 - 0.5;
  };
  return Array.from({ length: count }, () => Array.from({ length: DIMS }, random));
}

const docs = (count: number, from: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      new Document({
        pageContent: "",
        metadata: {
          chunkId: `a${from + i}#0`,
          articleId: `a${from + i}`,
          start: 0,
          end: 1,
        } satisfies ChunkRef,
      }),
  );

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "nqa-hnsw-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("HnswVectorStore with shards", () => {
  const settings = { ...DEFAULT_HNSW, shards: 2 };

  it("builds in workers, saves one file per shard, finds each vector, deletes and adds after a load", async () => {
    const embeddings = new LocalEmbeddings();
    const data = vectors(400, 7);
    const store = new HnswVectorStore(embeddings, {
      dimensions: DIMS,
      settings,
      buildInWorkers: { capacity: 100 },
    });
    await store.addVectors(data.slice(0, 250), docs(250, 0));
    await store.delete({ articleIds: ["a3"] });
    await store.addVectors(data.slice(250), docs(150, 250));
    expect(() => store.searchLabels(data[0] as number[], 1)).toThrow(/worker threads/);
    await store.save(dir);
    expect((await readdir(dir)).sort()).toEqual(["hnswlib-1.index", "hnswlib.index"]);
    expect(store.size).toBe(399);
    // read back lazily: every live vector is its own nearest neighbour, the deleted one is gone
    for (const label of [0, 1, 2, 10, 251, 399]) {
      expect(store.searchLabels(data[label] as number[], 1)[0]?.label).toBe(label);
    }
    expect(store.searchLabels(data[3] as number[], 5).map((h) => h.label)).not.toContain(3);

    const loaded = await HnswVectorStore.loadGraph(dir, embeddings, {
      dimensions: DIMS,
      refs: new Map(store.refs),
      nextLabel: store.labelsUsed,
      settings,
    });
    await loaded.delete({ labels: [10] });
    const extra = vectors(3, 99);
    await loaded.addVectors(extra, docs(3, 400));
    expect(loaded.searchLabels(extra[1] as number[], 1)[0]?.label).toBe(401);
    expect(loaded.searchLabels(data[10] as number[], 5).map((h) => h.label)).not.toContain(10);
    const results = await loaded.similaritySearchVectorWithScore(data[251] as number[], 3);
    expect(results[0]?.[0].metadata.chunkId).toBe("a251#0");
    expect(results.map(([, score]) => score)).toEqual(
      [...results.map(([, score]) => score)].sort((x, y) => y - x),
    );
    expect(loaded.getVector(5).length).toBe(DIMS);
  });

  it("stops its workers when closed without saving", async () => {
    const store = new HnswVectorStore(new LocalEmbeddings(), {
      dimensions: DIMS,
      settings,
      buildInWorkers: { capacity: 10 },
    });
    await store.addVectors(vectors(20, 3), docs(20, 0));
    await store.close();
  });
});
