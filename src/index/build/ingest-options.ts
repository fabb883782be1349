/** What ingestArticles needs: where the index lives, how to load the articles, and how to embed them. */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { LoadResult } from "../../articles/article";
import type { CorpusMemory } from "../../articles/files/corpus-memory";
import type { IngestProgress } from "../../core/types";
import type { EmbedderIdentity } from "../../embedders/local-embedder";
import type { Logger } from "../../logger";
import type { StoredArticle } from "../store/index-snapshot";

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
