/**
 * A re-ingest asked for in chat: runs it, reports progress through `status` (throttled: a new phase at once,
 * else at most one edit per PROGRESS_INTERVAL_MS, in order; a failed edit is only logged), and ends with the
 * summary, the busy notice or the failure notice. Never throws.
 */
import type { Archive } from "../../core/archive";
import type { IngestProgress, IngestSummary } from "../../core/types";
import { isIngestBusy, isSharedStateUnavailable, loggableError } from "../../errors";
import type { Logger } from "../../logger";

/** Both platforms' edit methods are rate-limited per channel (Slack chat.update is Tier 3). */
export const PROGRESS_INTERVAL_MS = 2000;

export interface ReingestStatus {
  /** Shows a progress line (an edit of the status message). */
  progress(progress: IngestProgress): Promise<unknown>;
  /**
   * Shows the outcome: the summary; busy (another ingest holds the lock); unavailable (the replicas' shared
   * state is away, so the lock cannot be taken: refused, try again); or failed.
   */
  finish(
    outcome: { summary: IngestSummary } | { busy: true } | { unavailable: true } | { failed: true },
  ): Promise<unknown>;
}

export async function runReingest(
  archive: Archive,
  status: ReingestStatus,
  logger: Logger,
  now: () => number = Date.now,
): Promise<void> {
  let lastPhase: IngestProgress["phase"] | undefined;
  let lastAt = 0;
  let edits: Promise<unknown> = Promise.resolve();
  const onProgress = (progress: IngestProgress) => {
    const t = now();
    if (progress.phase === lastPhase && t - lastAt < PROGRESS_INTERVAL_MS) return;
    lastPhase = progress.phase;
    lastAt = t;
    edits = edits
      .then(() => status.progress(progress))
      .catch((error: unknown) => logger.warn(loggableError(error), "could not show re-ingest progress"));
  };
  let outcome: Parameters<ReingestStatus["finish"]>[0];
  try {
    const summary = await archive.reingest(onProgress);
    logger.info(
      { indexVersion: summary.indexVersion, articles: summary.articles, skipped: summary.skipped.length },
      "re-ingest finished",
    );
    outcome = { summary };
  } catch (error) {
    if (isIngestBusy(error)) {
      logger.warn(loggableError(error), "re-ingest refused: another ingest holds the lock");
      outcome = { busy: true };
    } else if (isSharedStateUnavailable(error)) {
      logger.warn(loggableError(error), "re-ingest refused: the shared state (Redis) is unavailable");
      outcome = { unavailable: true };
    } else {
      logger.error(loggableError(error), "re-ingest failed");
      outcome = { failed: true };
    }
  }
  await edits;
  await status
    .finish(outcome)
    .catch((error: unknown) => logger.error(loggableError(error), "could not show the re-ingest outcome"));
}
