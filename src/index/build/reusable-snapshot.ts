/** Loads the live index when an incremental ingest can build on it, or says a rebuild is needed (null). */

import { embedderKey } from "../../embedders/embedder-identity";
import { loggableError } from "../../errors";
import { type IndexSnapshot, loadSnapshot, readLiveManifest } from "../store/index-snapshot";
import { CHUNKING } from "./chunk-text";
import type { IngestOptions } from "./ingest-options";

export async function reusableSnapshot(options: IngestOptions): Promise<IndexSnapshot | null> {
  if (options.full) return null;
  let live: Awaited<ReturnType<typeof readLiveManifest>>;
  try {
    live = await readLiveManifest(options.indexDir);
  } catch (error) {
    options.logger.warn(
      loggableError(error),
      "The live index could not be loaded: rebuilding the whole index.",
    );
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
    options.logger.warn(
      loggableError(error),
      "The live index could not be loaded: rebuilding the whole index.",
    );
    return null;
  }
}
