/** HNSW graph settings, their defaults, and the file names of an index's shards. */

export interface HnswSettings {
  /** Graph degree; hnswlib's default. */
  m: number;
  efConstruction: number;
  /** Search breadth. hnswlib resets it to 10 on every load, which loses recall; we always set it. */
  efSearch: number;
  /** Graphs the labels are spread over (label % shards); absent in indexes written before shards = 1. */
  shards?: number;
}

/**
 * Chosen with the v2 (hashes-only) embedder, whose near-random vectors are hard for a graph index: on the
 * topical bench corpus at ~100k chunks in 2 shards, efConstruction is what buys recall (efC 64 → 96 → 128 at
 * ef 512: recall@10 0.973 → 0.989 → 0.993, M 24), while M 32 at efC 64 gave nothing over M 24. With the v3
 * embedder (word vectors joined in) the same settings give 0.9915 at ~99k chunks, query p95 ~8.7 ms and
 * ~2,500 chunks/s (docs/performance.md). Indexes under ~20k chunks stay one shard.
 */
export const DEFAULT_HNSW: HnswSettings = { m: 24, efConstruction: 100, efSearch: 512, shards: 1 };

export const INDEX_FILE = "hnswlib.index";

/** File of shard `shard`: shard 0 keeps the name of an unsharded index. */
export function shardFile(shard: number): string {
  return shard === 0 ? INDEX_FILE : `hnswlib-${shard}.index`;
}
