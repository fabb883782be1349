/** Reads the cache-hit counter of an embedder that has one. */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";

/** How many documents an embedder with a cache (it exposes `cacheHits`) has served from it so far; 0 for others. */
export function cacheHits(embeddings: EmbeddingsInterface): number {
  const hits = (embeddings as { cacheHits?: unknown }).cacheHits;
  return typeof hits === "number" ? hits : 0;
}
