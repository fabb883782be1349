/**
 * Vectors worth keeping from the chunks an ingest drops, keyed by the sha256 of the chunk's text: an article
 * that comes back under another id, source or metadata (a source added to the set renames every folder
 * article) then reuses them instead of being embedded again. The embedder is part of the key implicitly:
 * a previous version is only reused when its embedder is the current one (reusable-snapshot.ts).
 */
import { createHash } from "node:crypto";
import type { IndexSnapshot } from "../store/index-snapshot";

export type VectorsByText = Map<string, Float32Array>;

/** The sha256 hex of a chunk's text, the reuse key. */
export const chunkKey = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** The vectors of `labels` (read before they are deleted from the graph), by their chunk text's key. */
export function reusableVectors(previous: IndexSnapshot, labels: number[]): VectorsByText {
  const vectors: VectorsByText = new Map();
  for (const label of labels) {
    const ref = previous.store.refs.get(label);
    const article = ref && previous.articles.get(ref.articleId);
    if (!ref || !article) continue;
    const key = chunkKey(article.text.slice(ref.start, ref.end));
    if (!vectors.has(key)) vectors.set(key, Float32Array.from(previous.store.getVector(label)));
  }
  return vectors;
}
