/** What ingestArticles needs: where the index lives, how to load the articles, and how to embed them. */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { LoadResult } from "../../articles/article";
import type { IngestProgress } from "../../core/types";
import type { EmbedderIdentity } from "../../embedders/embedder-identity";
import type { Logger } from "../../logger";
import type { StoredArticle } from "../store/index-snapshot";

export interface IngestOptions {
  indexDir: string;
  /**
   * Produces the articles; called after the lock is taken, with the live version's articles and what the
   * loader asked it to remember last time (the corpus files' fingerprints), so unchanged files need not be
   * parsed again.
   */
  load: (previous: PreviousIngest) => Promise<LoadedForIngest>;
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

/** What the live version hands the next ingest's loader. */
export interface PreviousIngest {
  /** What the loader returned as `memory` last time (JSON, opaque to the index); null when none. */
  memory: unknown;
  articles: ReadonlyMap<string, StoredArticle>;
}

export interface LoadedForIngest extends LoadResult {
  /** What the loader wants back next time (JSON); stored in the new version as it is. */
  memory?: unknown;
}
