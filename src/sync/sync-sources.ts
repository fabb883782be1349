/**
 * One ingest over every configured source: loads them all into one LoadResult, keeps the articles of
 * failed and partial sources, drops those of sources no longer configured, and saves the WordPress
 * cursors once the new index is live.
 */

import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { ArticleWarning, LoadedArticle, LoadResult, SkippedItem } from "../articles/article";
import { CorpusMemory } from "../articles/files/corpus-memory";
import { loadFolder } from "../articles/files/load-folder";
import { loadFeed } from "../articles/remote/feed";
import type { FetchPolicy } from "../articles/remote/fetch-with-retry";
import { loadWordPress } from "../articles/remote/wordpress";
import type { SourceLoad } from "../articles/source-load";
import { type SourceSpec, sourceKey } from "../articles/source-spec";
import type { IngestProgress, IngestSummary } from "../core/types";
import type { EmbedderIdentity } from "../embedders/embedder-identity";
import { loggableError } from "../errors";
import { ingestArticles } from "../index/build/ingest-articles";
import { readCurrentVersion } from "../index/store/index-layout";
import type { StoredArticle } from "../index/store/index-snapshot";
import type { Logger } from "../logger";
import { readSyncState, type SyncState, writeSyncState } from "./sync-state";

export interface SourcesIngestOptions {
  sources: SourceSpec[];
  indexDir: string;
  embeddings: EmbeddingsInterface;
  embedder: EmbedderIdentity;
  logger: Logger;
  onProgress?: (progress: IngestProgress) => void;
  /** Re-fetch every post (removing those gone or unpublished) and rebuild the index. */
  full?: boolean;
  /** ISO instant: WordPress sources ask only for posts modified after it; their saved cursors stay as they are. */
  since?: string;
  /** WordPress pages per source and run, unless the source sets its own. */
  maxPages?: number;
  fetch?: Partial<FetchPolicy>;
}

export interface FailedSource {
  source: string;
  reason: string;
}

interface Loaded {
  key: string;
  spec: SourceSpec;
  load: SourceLoad;
}

/** What one load decided: the articles, what to keep from the live index, and the cursors to save. */
interface SyncPlan {
  result: LoadResult;
  failed: FailedSource[];
  keep: (article: StoredArticle) => boolean;
  cursors: Record<string, string>;
}

async function loadOne(
  spec: SourceSpec,
  modifiedAfter: string | undefined,
  options: SourcesIngestOptions,
  memory: CorpusMemory,
) {
  if (spec.type === "folder") return loadFolder(spec, memory);
  if (spec.type === "feed") return loadFeed(spec, { fetch: options.fetch });
  return loadWordPress(spec, {
    ...(modifiedAfter ? { modifiedAfter } : {}),
    ...(options.maxPages ? { maxPages: options.maxPages } : {}),
    fetch: options.fetch,
  });
}

/** The configured source an indexed article came from (folders own `folder:<path>/…`), if any. */
function ownerOf(loaded: Loaded[], source: string): Loaded | undefined {
  let best: Loaded | undefined;
  for (const entry of loaded) {
    const owns = entry.spec.type === "folder" ? source.startsWith(`${entry.key}/`) : source === entry.key;
    if (owns && (!best || entry.key.length > best.key.length)) best = entry;
  }
  return best;
}

/** The cursor to save: unchanged after a --since run, else the newest gap-free change seen. */
function nextCursor(
  base: string | undefined,
  load: SourceLoad,
  since: string | undefined,
): string | undefined {
  if (since || !load.cursor) return base;
  return base && base > load.cursor ? base : load.cursor;
}

/** Loads every source at once; a WordPress source asks only for changes after its trusted cursor. */
function loadAll(
  options: SourcesIngestOptions,
  cursors: Record<string, string>,
  memory: CorpusMemory,
): Promise<Loaded[]> {
  return Promise.all(
    options.sources.map(async (spec) => {
      const key = sourceKey(spec);
      const load = await loadOne(spec, options.since ?? cursors[key], options, memory);
      const counts = {
        source: key,
        articles: load.articles.length,
        skipped: load.skipped.length,
        complete: load.complete,
      };
      if (load.failure) options.logger.warn({ ...counts, reason: load.failure }, `source failed: ${key}`);
      else options.logger.info(counts, `source loaded: ${key}`);
      return { key, spec, load };
    }),
  );
}

async function planSync(
  options: SourcesIngestOptions,
  state: SyncState,
  memory: CorpusMemory,
): Promise<SyncPlan> {
  const live = await readCurrentVersion(options.indexDir);
  const trusted = live !== null && state.indexVersion === live ? state.cursors : {};
  const loaded = await loadAll(options, options.full ? {} : trusted, memory);

  const articles: LoadedArticle[] = [];
  const skipped: SkippedItem[] = [];
  const warnings: ArticleWarning[] = [];
  const failed: FailedSource[] = [];
  const cursors: Record<string, string> = {};
  const firstSource = new Map<string, string>();
  for (const { key, spec, load } of loaded) {
    if (load.failure) {
      failed.push({ source: key, reason: load.failure });
      skipped.push({
        source: key,
        reason: `source failed, its articles already in the index are kept: ${load.failure}`,
      });
    }
    skipped.push(...load.skipped);
    warnings.push(...(load.warnings ?? []));
    for (const article of load.articles) {
      const earlier = firstSource.get(article.meta.id);
      if (earlier !== undefined) {
        skipped.push({
          source: article.meta.url ?? article.meta.source,
          reason: `same article as in ${earlier}`,
        });
        continue;
      }
      firstSource.set(article.meta.id, key);
      articles.push(article);
    }
    if (spec.type === "wordpress") {
      const cursor = nextCursor(trusted[key], load, options.since);
      if (cursor) cursors[key] = cursor;
    }
  }
  const keep = (article: StoredArticle): boolean => {
    const owner = ownerOf(loaded, article.meta.source);
    if (owner === undefined || owner.load.complete) return false;
    return owner.load.present?.has(article.meta.id) ?? true;
  };
  return { result: { articles, skipped, warnings }, failed, keep, cursors };
}

/**
 * Runs one ingest of `sources` under the index lock. A source that cannot be read is reported in
 * `failedSources` (and in `skipped`) and nothing of it is lost; removing a source from the list removes
 * its articles. WordPress sources fetch only posts modified since the last successful sync, unless `full`.
 */
export async function ingestSources(options: SourcesIngestOptions): Promise<IngestSummary> {
  let plan: SyncPlan | undefined;
  const summary = await ingestArticles({
    indexDir: options.indexDir,
    embeddings: options.embeddings,
    embedder: options.embedder,
    logger: options.logger,
    onProgress: options.onProgress,
    full: options.full,
    load: async (last) => {
      // Folders take their unchanged files from what the last ingest remembered of them.
      const memory = new CorpusMemory(last);
      plan = await planSync(options, await readSyncState(options.indexDir), memory);
      return { ...plan.result, memory: memory.toData() };
    },
    keep: (article) => plan?.keep(article) ?? true,
  });
  const failedSources = plan?.failed ?? [];
  // The corpus folder on its own has no cursors to keep.
  if (options.sources.every((s) => s.type === "folder" && s.corpus)) return { ...summary, failedSources };
  try {
    await writeSyncState(options.indexDir, {
      indexVersion: summary.indexVersion,
      cursors: plan?.cursors ?? {},
    });
  } catch (error) {
    // The next sync then re-fetches everything, which is slower but loses nothing.
    options.logger.warn(loggableError(error), "could not save the sources sync state");
  }
  return { ...summary, failedSources };
}
