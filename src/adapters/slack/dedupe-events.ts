/** Bolt middleware that drops a Slack event whose event_id was already handled (Slack's retries reuse it). */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { StateStore } from "../../core/state-store";
import type { Logger } from "../../logger";

/** Slack retries for about 5 minutes; an hour is ample. */
const SEEN_MS = 60 * 60 * 1000;

/**
 * Slack retries an event up to three times within ~5 minutes (header X-Slack-Retry-Num, or retry_attempt in a
 * Socket Mode envelope) with the same event_id: https://api.slack.com/apis/events-api#retries. Events are acked
 * before middleware runs, so returning without next() just ends the retry. A retry whose id we never saw (e.g.
 * after a restart with the in-memory store) is processed: it may be the first delivery that reached us. The
 * claim is a SET NX in the StateStore, so with a shared store one replica wins when a retry reaches another.
 */
export function dedupeEvents(state: StateStore, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !(await state.claim(`slack:event:${eventId}`, SEEN_MS))) {
      logger.info(
        { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
        "duplicate event ignored",
      );
      return;
    }
    await next();
  };
}
