/** Compacts a graph: rebuilds it without its deleted labels from its own vectors (no re-embedding). */

import type { IndexSnapshot } from "../store/index-snapshot";
import type { ChunkRef, HnswGraph } from "../vectors/hnsw-graph";
import { EMBED_BATCH } from "./embed-articles";
import { freshStore } from "./fresh-store";

/** Rebuilds a graph without its deleted labels, reusing the stored vectors. */
export async function compactGraph(
  previous: IndexSnapshot,
  dimensions: number,
): Promise<{ store: HnswGraph; relabel: Map<number, number> }> {
  const labels = [...previous.store.refs.keys()];
  const store = freshStore(dimensions, labels.length);
  const relabel = new Map<number, number>();
  // In batches: all vectors at once as number[] would be 8 bytes a value (≈400 MB at 100k × 512).
  for (let i = 0; i < labels.length; i += EMBED_BATCH) {
    const batch = labels.slice(i, i + EMBED_BATCH);
    const first = store.labelsUsed;
    await store.addVectors(
      batch.map((label) => previous.store.getVector(label)),
      batch.map((label) => previous.store.refs.get(label) as ChunkRef),
    );
    batch.forEach((label, j) => {
      relabel.set(label, first + j);
    });
  }
  return { store, relabel };
}
