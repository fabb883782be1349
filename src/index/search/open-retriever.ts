/** Opens the live index for querying: loads the snapshot and refuses one built by another embedder. */
import type { Retriever } from "../../core/retriever";
import { type EmbedderChoice, embedderKey } from "../../embedders/embedder-identity";
import { EmbedderMismatchError } from "../../errors";
import { type Logger, silentLogger } from "../../logger";
import { loadSnapshot } from "../store/index-snapshot";
import { ArticleRanking } from "./article-ranking";
import { HybridRetriever } from "./hybrid-retriever";

/** The retriever over the live index; throws when the index was built by another embedder. */
export async function openRetriever(
  indexDir: string,
  embedder: EmbedderChoice,
  logger: Logger = silentLogger,
): Promise<Retriever> {
  const snapshot = await loadSnapshot(indexDir);
  const built = embedderKey(snapshot.manifest.embedder);
  if (built !== embedderKey(embedder.identity))
    throw new EmbedderMismatchError(built, embedderKey(embedder.identity));
  // Read a few articles per turn of the event loop: a serving replica keeps answering while it opens.
  const ranking = await ArticleRanking.build(snapshot.articles.values());
  return new HybridRetriever(
    snapshot,
    embedder.embeddings,
    (error) =>
      logger.warn(
        { error: error instanceof Error ? error.message : String(error) },
        "the question could not be embedded; answering from BM25 alone",
      ),
    ranking,
  );
}
