/** Creates an empty vector store sized for the chunks it will receive. */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { DEFAULT_HNSW, HnswVectorStore } from "../retrieval/hnsw-vector-store";

/** A new graph of at least this many chunks is built in a worker thread, beside chunking and embedding. */
const WORKER_BUILD_MIN = 5_000;
/** A new graph of at least this many chunks is split into two shards, built in parallel (docs/performance.md). */
const SHARD_MIN = 20_000;

/** An empty store for about `expected` chunks: sharded and built in workers when that pays. */
export function freshStore(
  embeddings: EmbeddingsInterface,
  dimensions: number,
  expected: number,
): HnswVectorStore {
  const settings = { ...DEFAULT_HNSW, shards: expected >= SHARD_MIN ? 2 : 1 };
  return new HnswVectorStore(embeddings, {
    dimensions,
    settings,
    buildInWorkers: expected >= WORKER_BUILD_MIN ? { capacity: expected } : undefined,
  });
}
