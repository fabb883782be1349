/** The sharded hnswlib graph (build in worker threads, save, lazy read-back, load, delete, add) and its LangChain adapter. */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document } from "@langchain/core/documents";
import { LocalEmbeddings } from "../../../src/embedders/local-embedder";
import { HnswVectorStore } from "../../../src/index/search/hnsw-vector-store";
import { type ChunkRef, DEFAULT_HNSW, HnswGraph } from "../../../src/index/vectors/hnsw-graph";

const DIMS = 16;

function vectors(count: number, seed: number): number[][] {
  let a = seed;
  const random = () => {
    a = (a * 1103515245 + 12345) % 2 ** 31;
    return a / 2 ** 31 - 0.5;
  };
  return Array.from({ length: count }, () => Array.from({ length: DIMS }, random));
}

const refs = (count: number, from: number): ChunkRef[] =>
  Array.from({ length: count }, (_, i) => ({
    chunkId: `a${from + i}#0`,
    articleId: `a${from + i}`,
    start: 0,
    end: 1,
  }));
const docs = (count: number, from: number) =>
  refs(count, from).map((ref) => new Document({ pageContent: "", metadata: ref }));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "nqa-hnsw-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("HnswGraph with shards", () => {
  const settings = { ...DEFAULT_HNSW, shards: 2 };

  it("builds in workers, saves one file per shard, finds each vector, deletes and adds after a load", async () => {
    const embeddings = new LocalEmbeddings();
    const data = vectors(400, 7);
    const store = new HnswGraph({
      dimensions: DIMS,
      settings,
      buildInWorkers: { capacity: 100 },
    });
    expect(await store.addVectors(data.slice(0, 250), refs(250, 0))).toEqual([...Array(250).keys()]);
    await store.delete({ articleIds: ["a3"] });
    await store.addVectors(data.slice(250), refs(150, 250));
    expect(() => store.searchLabels(data[0] as number[], 1)).toThrow(/worker threads/);
    await store.save(dir);
    expect((await readdir(dir)).sort()).toEqual(["hnswlib-1.index", "hnswlib.index"]);
    expect(store.size).toBe(399);
    // read back lazily: every live vector is its own nearest neighbour, the deleted one is gone
    for (const label of [0, 1, 2, 10, 251, 399]) {
      expect(store.searchLabels(data[label] as number[], 1)[0]?.label).toBe(label);
    }
    expect(store.searchLabels(data[3] as number[], 5).map((h) => h.label)).not.toContain(3);

    const loaded = await HnswGraph.load(dir, {
      dimensions: DIMS,
      refs: new Map(store.refs),
      nextLabel: store.labelsUsed,
      settings,
    });
    await loaded.delete({ labels: [10] });
    const extra = vectors(3, 99);
    await loaded.addVectors(extra, refs(3, 400));
    expect(loaded.searchLabels(extra[1] as number[], 1)[0]?.label).toBe(401);
    expect(loaded.searchLabels(data[10] as number[], 5).map((h) => h.label)).not.toContain(10);
    const adapter = new HnswVectorStore(embeddings, loaded);
    const results = await adapter.similaritySearchVectorWithScore(data[251] as number[], 3);
    expect(results[0]?.[0].metadata.chunkId).toBe("a251#0");
    expect(results.map(([, score]) => score)).toEqual(
      [...results.map(([, score]) => score)].sort((x, y) => y - x),
    );
    expect(loaded.getVector(5).length).toBe(DIMS);
    // the LangChain adapter adds into the same graph
    expect(await adapter.addVectors(extra.slice(0, 1), docs(1, 500))).toEqual(["a500#0"]);
    expect(
      loaded
        .searchLabels(extra[0] as number[], 2)
        .map((h) => h.label)
        .sort(),
    ).toEqual([400, 403]);
  });

  it("stops its workers when closed without saving", async () => {
    const store = new HnswGraph({
      dimensions: DIMS,
      settings,
      buildInWorkers: { capacity: 10 },
    });
    await store.addVectors(vectors(20, 3), refs(20, 0));
    await store.close();
  });
});
