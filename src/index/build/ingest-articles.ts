/** The ingest pipeline: diff loaded articles against the live index, embed only what changed, switch atomically. */
import { rm } from "node:fs/promises";
import type { IngestSummary } from "../../core/types";
import { Bm25Index } from "../bm25/bm25-index";
import {
  acquireIngestLock,
  createVersionDir,
  pruneVersions,
  readCurrentVersion,
  switchCurrentVersion,
} from "../store/index-layout";
import { type StoredArticle, saveSnapshot } from "../store/index-snapshot";
import { recoverLostCurrent } from "../store/recover-current";
import type { ChunkRef, HnswGraph } from "../vectors/hnsw-graph";
import { annotateArticles } from "./annotate-articles";
import { CHUNKING, estimateChunks } from "./chunk-text";
import { compactGraph } from "./compact-graph";
import { diffArticles } from "./diff-articles";
import { cacheHits, embedArticles } from "./embed-articles";
import { freshStore } from "./fresh-store";
import type { IngestOptions } from "./ingest-options";
import { quoteArticles } from "./quote-articles";
import { reusableSnapshot } from "./reusable-snapshot";
import { reusableVectors, type VectorsByText } from "./reusable-vectors";

export type { IngestOptions } from "./ingest-options";

/** Above this share of deleted labels the graph is rebuilt from its own vectors (no re-embedding). */
const MAX_DELETED_SHARE = 0.3;

/** Runs one ingest under the lock; the live index keeps serving until the final pointer switch. */
export async function ingestArticles(options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const release = await acquireIngestLock(options.indexDir);
  let newDir: string | undefined;
  /** A store whose graph may still be in build workers, stopped if the ingest fails. */
  let building: HnswGraph | undefined;
  try {
    const progress = options.onProgress ?? (() => {});
    const recovery = await recoverLostCurrent(options.indexDir, options.logger);
    // Kept after the switch (readers may still be on it), even when a rebuild cannot build on it.
    const liveBefore = await readCurrentVersion(options.indexDir).catch(() => null);
    // The live version first: the loader takes unchanged files from what it remembered there.
    const previous = await reusableSnapshot(options);
    const loaded = await options.load({
      memory: previous?.corpusMemory ?? null,
      articles: previous?.articles ?? new Map(),
    });
    progress({ phase: "read", done: loaded.articles.length, total: loaded.articles.length });

    const dimensions = options.embedder.dimensions;
    let bm25 = previous?.bm25 ?? Bm25Index.empty();
    const { kept, toEmbed, dropLabels, added, updated, removed, unchanged } = await diffArticles(
      previous,
      loaded.articles,
      options,
    );

    let store = previous?.store ?? freshStore(dimensions, estimateChunks(toEmbed));
    building = store;
    if (previous) store.reserve(estimateChunks(toEmbed));
    // Dropped chunks' vectors, for articles that come back with the same text under another id or source.
    let reuse: VectorsByText = new Map();
    if (previous && dropLabels.length > 0 && toEmbed.length > 0)
      reuse = reusableVectors(previous, dropLabels);
    if (previous && dropLabels.length > 0) {
      await store.delete({ labels: dropLabels });
      for (const label of dropLabels) bm25.remove(label);
      const deletedShare = (store.labelsUsed - store.size) / Math.max(1, store.labelsUsed);
      if (deletedShare > MAX_DELETED_SHARE) {
        const compacted = await compactGraph(previous, dimensions);
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

    const hitsBefore = cacheHits(options.embeddings);
    const { labelsByArticle, embedded } = await embedArticles(
      toEmbed,
      store,
      bm25,
      options.embeddings,
      progress,
      reuse,
    );
    const articles: StoredArticle[] = [
      ...kept,
      ...toEmbed.map((a) => ({
        meta: a.meta,
        text: a.text,
        hash: a.hash,
        labels: labelsByArticle.get(a.meta.id) ?? [],
      })),
    ];
    const { corrected, duplicates, samples, samplesComputed } = annotateArticles(
      articles,
      await previous?.samples(),
    );

    const { version, dir } = await createVersionDir(options.indexDir);
    newDir = dir;
    progress({ phase: "save", done: 0, total: 1 });
    const saved = await saveSnapshot(dir, {
      articles,
      store,
      bm25,
      corpusMemory: loaded.memory,
      quotations: () =>
        quoteArticles(articles, previous ?? undefined, (id) => previous?.articles.get(id)?.hash),
      samples,
      manifest: { embedder: options.embedder, hnsw: store.settings, chunking: { ...CHUNKING } },
    });
    await switchCurrentVersion(options.indexDir, version, saved.manifestSha256);
    newDir = undefined;
    progress({ phase: "save", done: 1, total: 1 });
    // With CURRENT lost and nothing verified, the old versions may hold the only good copy: kept.
    const unrecovered = recovery && !recovery.recovered ? recovery.unverified : [];
    await pruneVersions(options.indexDir, [version, liveBefore, ...unrecovered]);

    return {
      added,
      updated,
      removed,
      unchanged,
      corrected,
      duplicates,
      nearDuplicateSamples: { computed: samplesComputed, reused: articles.length - samplesComputed },
      skipped: loaded.skipped,
      warnings: loaded.warnings ?? [],
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
