/** Background sync for the running bot: one ingest every interval, never two at once, never in the way of answers. */

import type { IngestSummary } from "../core/types";
import { IngestBusyError, loggableError } from "../errors";
import type { Logger } from "../logger";

export interface SyncScheduleOptions {
  intervalMs: number;
  /** One sync, e.g. `archive.reingest()`: it switches the live index when done, so answers never wait. */
  run: () => Promise<IngestSummary>;
  logger: Logger;
}

export interface SyncSchedule {
  /** Clears the timer and waits for a sync in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs `run` at once and then `intervalMs` after each run ends, so runs never overlap and a slow sync
 * pushes the next one back instead of piling up. Failures are logged and the schedule goes on; an
 * ingest started elsewhere (the CLI, an admin command) makes this run skip.
 */
export function startSyncSchedule(options: SyncScheduleOptions): SyncSchedule {
  const logger = options.logger.child({ component: "sync-schedule" });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const tick = async (): Promise<void> => {
    timer = undefined;
    const started = Date.now();
    try {
      const summary = await options.run();
      const { added, updated, removed, unchanged, articles, indexVersion } = summary;
      const failedSources = summary.failedSources ?? [];
      logger.info(
        {
          added,
          updated,
          removed,
          unchanged,
          articles,
          skipped: summary.skipped.length,
          failedSources,
          indexVersion,
        },
        `scheduled sync: ${added} added, ${updated} updated, ${removed} removed` +
          (failedSources.length > 0 ? `, ${failedSources.length} source(s) failed` : ""),
      );
    } catch (error) {
      if (error instanceof IngestBusyError)
        logger.info({ reason: error.message }, "scheduled sync skipped: an ingest is already running");
      else
        logger.error(
          { ...loggableError(error), ms: Date.now() - started },
          "scheduled sync failed; the live index is unchanged",
        );
    }
  };

  const schedule = (delay: number): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = undefined;
        schedule(options.intervalMs);
      });
    }, delay);
    // The schedule alone never keeps the process alive; the chat platforms do.
    timer.unref();
  };

  schedule(0);
  logger.info({ intervalMs: options.intervalMs }, "background sync scheduled");
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
