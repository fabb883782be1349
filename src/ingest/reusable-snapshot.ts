/** Loads the live index when an incremental ingest can build on it, or says a rebuild is needed (null). */
import { type IndexSnapshot, loadSnapshot, readLiveManifest } from "../retrieval/index-snapshot";
import { embedderKey } from "../retrieval/local-embedder";
import { CHUNKING } from "./chunk-text";
import type { IngestOptions } from "./ingest-options";

/** The code and message of a failure: a rebuild warning needs no stack trace. */
function brief(error: unknown): { code: string; error: string } {
  return {
    code: (error as { code?: unknown })?.code ? String((error as { code: unknown }).code) : "unknown",
    error: error instanceof Error ? error.message : String(error),
  };
}

export async function reusableSnapshot(options: IngestOptions): Promise<IndexSnapshot | null> {
  if (options.full) return null;
  let live: Awaited<ReturnType<typeof readLiveManifest>>;
  try {
    live = await readLiveManifest(options.indexDir);
  } catch (error) {
    options.logger.warn(brief(error), "The live index could not be loaded: rebuilding the whole index.");
    return null;
  }
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
    return await loadSnapshot(options.indexDir);
  } catch (error) {
    options.logger.warn(brief(error), "The live index could not be loaded: rebuilding the whole index.");
    return null;
  }
}
