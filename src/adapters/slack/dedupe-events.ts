/** Bolt middleware that drops a Slack event whose event_id was already handled (Slack's retries reuse it). */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Logger } from "../../logger";
import { createBoundedMap } from "../chat/bounded-map";

/**
 * Slack retries an event up to three times within ~5 minutes (header X-Slack-Retry-Num, or retry_attempt in a
 * Socket Mode envelope) with the same event_id: https://api.slack.com/apis/events-api#retries. Events are acked
 * before middleware runs, so returning without next() just ends the retry. A retry whose id we never saw (e.g.
 * after a restart) is processed: it may be the first delivery that reached us.
 */
export function dedupeEvents(logger: Logger): Middleware<AnyMiddlewareArgs> {
  const seen = createBoundedMap<true>({ max: 10_000, ttlMs: 60 * 60 * 1000 });
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string") {
      if (seen.has(eventId)) {
        logger.info(
          { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
          "duplicate event ignored",
        );
        return;
      }
      seen.set(eventId, true);
    }
    await next();
  };
}
