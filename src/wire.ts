/** Composition root: the one place that picks concrete pieces (index, embedder, answerer, platforms) and wires them. */
import type { Platform, PlatformDeps } from "./adapters/platform";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { Config } from "./config";
import type { Answerer } from "./core/answerer";
import type { Archive } from "./core/archive";
import { createExtractiveAnswerer } from "./core/extractive-answerer";
import { createLiveArchive, type LiveArchive } from "./core/live-archive";
import type { Retriever } from "./core/retriever";
import type { IngestProgress, IngestSummary } from "./core/types";
import { EmbedderMismatchError } from "./errors";
import { createJsonlFeedbackStore } from "./feedback/feedback-store";
import { ingestArticles } from "./ingest/ingest-articles";
import { readCorpus } from "./ingest/read-corpus";
import type { Logger } from "./logger";
import { HybridRetriever } from "./retrieval/hybrid-retriever";
import { readCurrentVersion } from "./retrieval/index-layout";
import { loadSnapshot } from "./retrieval/index-snapshot";
import { type EmbedderIdentity, embedderKey, LOCAL_EMBEDDER, LocalHashEmbeddings } from "./retrieval/local-embedder";

export interface EmbedderChoice {
  embeddings: EmbeddingsInterface;
  identity: EmbedderIdentity;
}

/** The configured embedder; the same one must build and query an index. */
export function createEmbedder(_config: Readonly<Config>): EmbedderChoice {
  return { embeddings: new LocalHashEmbeddings(), identity: LOCAL_EMBEDDER };
}

export function createAnswerer(_config: Readonly<Config>, _logger: Logger): Answerer {
  return createExtractiveAnswerer();
}

/** Opens the live index for querying, refusing one built by another embedder. */
export async function openRetriever(indexDir: string, embedder: EmbedderChoice): Promise<Retriever> {
  const snapshot = await loadSnapshot(indexDir, embedder.embeddings);
  const built = embedderKey(snapshot.manifest.embedder);
  if (built !== embedderKey(embedder.identity)) throw new EmbedderMismatchError(built, embedderKey(embedder.identity));
  return new HybridRetriever(snapshot, embedder.embeddings);
}

export interface IngestRequest {
  corpusDir?: string;
  indexDir?: string;
  full?: boolean;
  onProgress?: (progress: IngestProgress) => void;
}

/** Runs one ingest of the configured corpus into the configured (or given) index. */
export function runIngest(config: Readonly<Config>, logger: Logger, request: IngestRequest = {}): Promise<IngestSummary> {
  const embedder = createEmbedder(config);
  const corpusDir = request.corpusDir ?? config.corpusDir;
  return ingestArticles({
    indexDir: request.indexDir ?? config.indexDir,
    load: () => readCorpus(corpusDir),
    embeddings: embedder.embeddings,
    embedder: embedder.identity,
    logger,
    onProgress: request.onProgress,
    full: request.full,
  });
}

/** The archive over the configured index; re-ingest reads the configured corpus. */
export function createArchive(config: Readonly<Config>, logger: Logger): LiveArchive {
  const embedder = createEmbedder(config);
  return createLiveArchive({
    openRetriever: () => openRetriever(config.indexDir, embedder),
    liveVersion: () => readCurrentVersion(config.indexDir),
    ingest: (onProgress) => runIngest(config, logger, { onProgress }),
    answerer: createAnswerer(config, logger),
    maxQuestionChars: config.maxQuestionChars,
    logger,
  });
}

export interface App {
  archive: Archive;
  platforms: Platform[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the archive and every platform the config enables; `overrides.archive` lets tests inject a fake. */
export async function createApp(
  config: Readonly<Config>,
  logger: Logger,
  overrides: { archive?: Archive } = {},
): Promise<App> {
  const archive = overrides.archive ?? createArchive(config, logger);
  const deps: PlatformDeps = {
    archive,
    feedback: createJsonlFeedbackStore(config.feedbackFile),
    logger,
    maxQuestionChars: config.maxQuestionChars,
    rateLimit: config.rateLimit,
  };
  const platforms: Platform[] = [];
  // Platform adapters register here, one line each.

  return {
    archive,
    platforms,
    async start() {
      for (const platform of platforms) await platform.start();
    },
    async stop() {
      for (const platform of [...platforms].reverse()) {
        await platform.stop().catch((error: unknown) => logger.warn({ err: error, platform: platform.name }, "stop failed"));
      }
    },
  };
}
