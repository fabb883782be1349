/** The embed-and-insert loop: chunks articles, embeds the chunks in batches, adds them to the graph and BM25. */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { LoadedArticle } from "../../articles/article";
import type { IngestProgress } from "../../core/types";
import type { Bm25Index } from "../bm25/bm25-index";
import type { ChunkRef, HnswGraph } from "../vectors/hnsw-graph";
import { chunkText } from "./chunk-text";
import { chunkKey, type VectorsByText } from "./reusable-vectors";

export const EMBED_BATCH = 256;

interface PendingChunk {
  article: LoadedArticle;
  ref: ChunkRef;
  text: string;
}

/**
 * Adds the articles' chunks to `store` and `bm25`; returns each article's new labels and the chunks embedded.
 * A chunk whose text has a vector in `reuse` (same text, same embedder) takes it instead of being embedded.
 */
export async function embedArticles(
  toEmbed: LoadedArticle[],
  store: HnswGraph,
  bm25: Bm25Index,
  embeddings: EmbeddingsInterface,
  progress: (progress: IngestProgress) => void,
  reuse: VectorsByText = new Map(),
): Promise<{ labelsByArticle: Map<string, number[]>; embedded: number }> {
  // Chunk, embed and insert in batches as the articles come: no list of every chunk, no vector kept after
  // its batch (a graph built in workers receives each batch as one transferred Float32Array).
  const labelsByArticle = new Map<string, number[]>();
  let embedded = 0;
  let articlesDone = 0;
  let batch: PendingChunk[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    const known = current.map((c) => (reuse.size > 0 ? reuse.get(chunkKey(c.text)) : undefined));
    const missing = current.filter((_, j) => known[j] === undefined);
    const fresh = missing.length > 0 ? await embeddings.embedDocuments(missing.map((c) => c.text)) : [];
    let next = 0;
    const vectors = known.map((vector) => (vector ? Array.from(vector) : (fresh[next++] as number[])));
    progress({ phase: "embed", done: articlesDone, total: toEmbed.length });
    const labels = await store.addVectors(
      vectors,
      current.map((c) => c.ref),
    );
    current.forEach((c, j) => {
      const label = labels[j] as number;
      bm25.add(label, c.text);
      const list = labelsByArticle.get(c.article.meta.id) ?? [];
      list.push(label);
      labelsByArticle.set(c.article.meta.id, list);
    });
    embedded += missing.length;
    progress({ phase: "index", done: articlesDone, total: toEmbed.length });
  };
  for (const article of toEmbed) {
    const chunks = await chunkText(article.text);
    chunks.forEach((chunk, i) => {
      batch.push({
        article,
        text: chunk.text,
        ref: {
          chunkId: `${article.meta.id}#${i}`,
          articleId: article.meta.id,
          start: chunk.start,
          end: chunk.end,
        },
      });
    });
    articlesDone++;
    if (batch.length >= EMBED_BATCH) await flush();
  }
  await flush();
  return { labelsByArticle, embedded };
}

/** How many documents an embedder with a cache (it exposes `cacheHits`) has served from it so far; 0 for others. */
export function cacheHits(embeddings: EmbeddingsInterface): number {
  const hits = (embeddings as { cacheHits?: unknown }).cacheHits;
  return typeof hits === "number" ? hits : 0;
}
