/** Creates an empty vector store sized for the chunks it will receive. */
import { DEFAULT_HNSW, HnswGraph } from "../vectors/hnsw-graph";

/** A new graph of at least this many chunks is built in a worker thread, beside chunking and embedding. */
const WORKER_BUILD_MIN = 5_000;
/** A new graph of at least this many chunks is split into two shards, built in parallel (docs/performance.md). */
const SHARD_MIN = 20_000;

/** An empty store for about `expected` chunks: sharded and built in workers when that pays. */
export function freshStore(dimensions: number, expected: number): HnswGraph {
  const settings = { ...DEFAULT_HNSW, shards: expected >= SHARD_MIN ? 2 : 1 };
  return new HnswGraph({
    dimensions,
    settings,
    buildInWorkers: expected >= WORKER_BUILD_MIN ? { capacity: expected } : undefined,
  });
}
