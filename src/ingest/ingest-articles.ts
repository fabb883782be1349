/** The ingest pipeline: diff loaded articles against the live index, embed only what changed, switch atomically. */
import { rm } from "node:fs/promises";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { IngestProgress, IngestSummary } from "../core/types";
import type { Logger } from "../logger";
import { Bm25Index } from "../retrieval/bm25-index";
import { type ChunkRef, DEFAULT_HNSW, HnswVectorStore } from "../retrieval/hnsw-vector-store";
import {
  acquireIngestLock,
  createVersionDir,
  pruneVersions,
  switchCurrentVersion,
} from "../retrieval/index-layout";
import {
  type IndexSnapshot,
  loadSnapshot,
  readLiveArticles,
  readLiveManifest,
  type StoredArticle,
  saveSnapshot,
} from "../retrieval/index-snapshot";
import { type EmbedderIdentity, embedderKey } from "../retrieval/local-embedder";
import type { LoadedArticle, LoadResult } from "./article";
import { CHUNKING, chunkText } from "./chunk-text";

export interface IngestOptions {
  indexDir: string;
  /** Produces the articles; called after the lock is taken. */
  load: () => Promise<LoadResult>;
  embeddings: EmbeddingsInterface;
  embedder: EmbedderIdentity;
  logger: Logger;
  onProgress?: (progress: IngestProgress) => void;
  /** Rebuild everything even when the live index could be reused. */
  full?: boolean;
  /**
   * Articles in the live index that `load` did not return are removed, unless this returns true
   * (a partial sync, e.g. only posts modified since the last run, keeps everything it did not fetch).
   * A rebuild (`full`, or a new embedder) asks it too, and re-embeds the kept articles from their text.
   */
  keep?: (article: StoredArticle) => boolean;
}

const EMBED_BATCH = 256;
/** Above this share of deleted labels the graph is rebuilt from its own vectors (no re-embedding). */
const MAX_DELETED_SHARE = 0.3;

interface PendingChunk {
  article: LoadedArticle;
  ref: ChunkRef;
  text: string;
}

/** How many documents an embedder with a cache (it exposes `cacheHits`) has served from it so far; 0 for others. */
function cacheHits(embeddings: EmbeddingsInterface): number {
  const hits = (embeddings as { cacheHits?: unknown }).cacheHits;
  return typeof hits === "number" ? hits : 0;
}

async function reusableSnapshot(options: IngestOptions): Promise<IndexSnapshot | null> {
  if (options.full) return null;
  const live = await readLiveManifest(options.indexDir);
  if (!live) return null;
  const before = embedderKey(live.manifest.embedder);
  const now = embedderKey(options.embedder);
  if (before !== now) {
    options.logger.warn(
      { before, now },
      `The embedder changed from ${before} to ${now}: rebuilding the whole index.`,
    );
    return null;
  }
  if (live.manifest.chunking.size !== CHUNKING.size || live.manifest.chunking.overlap !== CHUNKING.overlap)
    return null;
  try {
    return await loadSnapshot(options.indexDir, options.embeddings);
  } catch (error) {
    options.logger.warn({ err: error }, "The live index could not be loaded: rebuilding the whole index.");
    return null;
  }
}

/** Rebuilds a graph without its deleted labels, reusing the stored vectors. */
async function compact(
  previous: IndexSnapshot,
  embeddings: EmbeddingsInterface,
  dimensions: number,
): Promise<{ store: HnswVectorStore; relabel: Map<number, number> }> {
  const store = new HnswVectorStore(embeddings, { dimensions, settings: DEFAULT_HNSW });
  const relabel = new Map<number, number>();
  const labels = [...previous.store.refs.keys()];
  const vectors = labels.map((label) => previous.store.index.getPoint(label));
  const refs = labels.map((label) => previous.store.refs.get(label) as ChunkRef);
  const first = store.labelsUsed;
  await store.addVectors(
    vectors,
    refs.map((ref) => ({ pageContent: "", metadata: ref, id: undefined })),
  );
  labels.forEach((label, i) => {
    relabel.set(label, first + i);
  });
  return { store, relabel };
}

/** Runs one ingest under the lock; the live index keeps serving until the final pointer switch. */
export async function ingestArticles(options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const release = await acquireIngestLock(options.indexDir);
  let newDir: string | undefined;
  try {
    const progress = options.onProgress ?? (() => {});
    const loaded = await options.load();
    progress({ phase: "read", done: loaded.articles.length, total: loaded.articles.length });

    const previous = await reusableSnapshot(options);
    const dimensions = options.embedder.dimensions;
    let store =
      previous?.store ?? new HnswVectorStore(options.embeddings, { dimensions, settings: DEFAULT_HNSW });
    let bm25 = previous?.bm25 ?? Bm25Index.empty();
    const oldArticles = previous?.articles ?? new Map<string, StoredArticle>();

    const incoming = new Map(loaded.articles.map((a) => [a.meta.id, a]));
    const kept: StoredArticle[] = [];
    const toEmbed: LoadedArticle[] = [];
    const dropLabels: number[] = [];
    let added = 0;
    let updated = 0;
    let removed = 0;
    let unchanged = 0;
    for (const [id, old] of oldArticles) {
      const next = incoming.get(id);
      if (next && next.hash === old.hash) {
        kept.push(old);
        unchanged++;
      } else if (next) {
        dropLabels.push(...old.labels);
        toEmbed.push(next);
        updated++;
      } else if (options.keep?.(old)) {
        kept.push(old);
      } else {
        dropLabels.push(...old.labels);
        removed++;
      }
    }
    for (const article of loaded.articles) {
      if (!oldArticles.has(article.meta.id)) {
        toEmbed.push(article);
        added++;
      }
    }
    if (!previous && options.keep) {
      // A rebuild starts empty: articles the caller keeps (a failed or partial source) come from the live
      // version's text and are embedded again, so a rebuild never loses them.
      for (const old of await readLiveArticles(options.indexDir)) {
        if (!incoming.has(old.meta.id) && options.keep(old)) {
          toEmbed.push({ meta: old.meta, text: old.text, hash: old.hash });
        }
      }
    }

    if (previous && dropLabels.length > 0) {
      await store.delete({ labels: dropLabels });
      for (const label of dropLabels) bm25.remove(label);
      const deletedShare = (store.labelsUsed - store.size) / Math.max(1, store.labelsUsed);
      if (deletedShare > MAX_DELETED_SHARE) {
        const compacted = await compact(previous, options.embeddings, dimensions);
        store = compacted.store;
        bm25 = Bm25Index.empty();
        for (const article of kept) {
          article.labels = article.labels.map((label) => compacted.relabel.get(label) as number);
          for (const label of article.labels) {
            const ref = store.refs.get(label) as ChunkRef;
            bm25.add(label, article.text.slice(ref.start, ref.end));
          }
        }
      }
    }

    const hitsBefore = cacheHits(options.embeddings);
    const pending: PendingChunk[] = [];
    for (const article of toEmbed) {
      const chunks = await chunkText(article.text);
      chunks.forEach((chunk, i) => {
        pending.push({
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
    }
    const labelsByArticle = new Map<string, number[]>();
    for (let i = 0; i < pending.length; i += EMBED_BATCH) {
      const batch = pending.slice(i, i + EMBED_BATCH);
      const vectors = await options.embeddings.embedDocuments(batch.map((c) => c.text));
      progress({ phase: "embed", done: Math.min(i + EMBED_BATCH, pending.length), total: pending.length });
      const firstLabel = store.labelsUsed;
      await store.addVectors(
        vectors,
        batch.map((c) => ({ pageContent: c.text, metadata: c.ref, id: undefined })),
      );
      batch.forEach((c, j) => {
        const label = firstLabel + j;
        bm25.add(label, c.text);
        const list = labelsByArticle.get(c.article.meta.id) ?? [];
        list.push(label);
        labelsByArticle.set(c.article.meta.id, list);
      });
      progress({ phase: "index", done: Math.min(i + EMBED_BATCH, pending.length), total: pending.length });
    }
    const articles: StoredArticle[] = [
      ...kept,
      ...toEmbed.map((a) => ({
        meta: a.meta,
        text: a.text,
        hash: a.hash,
        labels: labelsByArticle.get(a.meta.id) ?? [],
      })),
    ];

    const { version, dir } = await createVersionDir(options.indexDir);
    newDir = dir;
    progress({ phase: "save", done: 0, total: 1 });
    await saveSnapshot(dir, {
      articles,
      store,
      bm25,
      manifest: { embedder: options.embedder, hnsw: store.settings, chunking: { ...CHUNKING } },
    });
    await switchCurrentVersion(options.indexDir, version);
    newDir = undefined;
    progress({ phase: "save", done: 1, total: 1 });
    await pruneVersions(options.indexDir, version, previous?.version ?? null);

    return {
      added,
      updated,
      removed,
      unchanged,
      skipped: loaded.skipped,
      chunks: store.size,
      reusedEmbeddings: store.size - pending.length + (cacheHits(options.embeddings) - hitsBefore),
      cachedEmbeddings: cacheHits(options.embeddings) - hitsBefore,
      articles: articles.length,
      indexVersion: version,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    if (newDir) await rm(newDir, { recursive: true, force: true }).catch(() => {});
    await release();
  }
}
