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
import { CorpusMemory } from "./corpus-memory";

export interface IngestOptions {
  indexDir: string;
  /**
   * Produces the articles; called after the lock is taken, with what the live version remembers of the
   * corpus files it read (pass it to readCorpus so unchanged files are not parsed again).
   */
  load: (memory: CorpusMemory) => Promise<LoadResult>;
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
/** A new graph of at least this many chunks is built in a worker thread, beside chunking and embedding. */
const WORKER_BUILD_MIN = 5_000;
/** A new graph of at least this many chunks is split into two shards, built in parallel (docs/performance.md). */
const SHARD_MIN = 20_000;

/** Chunks the articles will make, estimated from their length (chunk size less overlap). */
function estimateChunks(articles: { text: string }[]): number {
  let chars = 0;
  for (const article of articles) chars += article.text.length;
  return Math.ceil(chars / (CHUNKING.size - CHUNKING.overlap)) + articles.length;
}

/** An empty store for about `expected` chunks: sharded and built in workers when that pays. */
function freshStore(embeddings: EmbeddingsInterface, dimensions: number, expected: number): HnswVectorStore {
  const settings = { ...DEFAULT_HNSW, shards: expected >= SHARD_MIN ? 2 : 1 };
  return new HnswVectorStore(embeddings, {
    dimensions,
    settings,
    buildInWorkers: expected >= WORKER_BUILD_MIN ? { capacity: expected } : undefined,
  });
}

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
  const labels = [...previous.store.refs.keys()];
  const store = freshStore(embeddings, dimensions, labels.length);
  const relabel = new Map<number, number>();
  // In batches: all vectors at once as number[] would be 8 bytes a value (≈400 MB at 100k × 512).
  for (let i = 0; i < labels.length; i += EMBED_BATCH) {
    const batch = labels.slice(i, i + EMBED_BATCH);
    const first = store.labelsUsed;
    await store.addVectors(
      batch.map((label) => previous.store.getVector(label)),
      batch.map((label) => ({
        pageContent: "",
        metadata: previous.store.refs.get(label) as ChunkRef,
        id: undefined,
      })),
    );
    batch.forEach((label, j) => {
      relabel.set(label, first + j);
    });
  }
  return { store, relabel };
}

/** Runs one ingest under the lock; the live index keeps serving until the final pointer switch. */
export async function ingestArticles(options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const release = await acquireIngestLock(options.indexDir);
  let newDir: string | undefined;
  /** A store whose graph may still be in build workers, stopped if the ingest fails. */
  let building: HnswVectorStore | undefined;
  try {
    const progress = options.onProgress ?? (() => {});
    // The live version first: `load` hands its memory to readCorpus, which takes unchanged files from it.
    const previous = await reusableSnapshot(options);
    const memory = new CorpusMemory(previous?.corpusMemory ?? null, previous?.articles ?? new Map());
    const loaded = await options.load(memory);
    progress({ phase: "read", done: loaded.articles.length, total: loaded.articles.length });

    const dimensions = options.embedder.dimensions;
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

    let store = previous?.store ?? freshStore(options.embeddings, dimensions, estimateChunks(toEmbed));
    building = store;
    if (previous) store.reserve(estimateChunks(toEmbed));
    if (previous && dropLabels.length > 0) {
      await store.delete({ labels: dropLabels });
      for (const label of dropLabels) bm25.remove(label);
      const deletedShare = (store.labelsUsed - store.size) / Math.max(1, store.labelsUsed);
      if (deletedShare > MAX_DELETED_SHARE) {
        const compacted = await compact(previous, options.embeddings, dimensions);
        store = compacted.store;
        building = store;
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

    // Chunk, embed and insert in batches as the articles come: no list of every chunk, no vector kept after
    // its batch (a graph built in workers receives each batch as one transferred Float32Array).
    const hitsBefore = cacheHits(options.embeddings);
    const labelsByArticle = new Map<string, number[]>();
    let embedded = 0;
    let articlesDone = 0;
    let batch: PendingChunk[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const current = batch;
      batch = [];
      const vectors = await options.embeddings.embedDocuments(current.map((c) => c.text));
      progress({ phase: "embed", done: articlesDone, total: toEmbed.length });
      const firstLabel = store.labelsUsed;
      await store.addVectors(
        vectors,
        current.map((c) => ({ pageContent: c.text, metadata: c.ref, id: undefined })),
      );
      current.forEach((c, j) => {
        const label = firstLabel + j;
        bm25.add(label, c.text);
        const list = labelsByArticle.get(c.article.meta.id) ?? [];
        list.push(label);
        labelsByArticle.set(c.article.meta.id, list);
      });
      embedded += current.length;
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
      corpusMemory: memory.toData(),
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
      reusedEmbeddings: store.size - embedded + (cacheHits(options.embeddings) - hitsBefore),
      cachedEmbeddings: cacheHits(options.embeddings) - hitsBefore,
      articles: articles.length,
      indexVersion: version,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await building?.close().catch(() => {});
    if (newDir) await rm(newDir, { recursive: true, force: true }).catch(() => {});
    await release();
  }
}
