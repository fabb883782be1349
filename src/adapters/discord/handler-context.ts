/** What every Discord event handler gets: the core dependencies plus the adapter's own small in-memory state. */
import { createRateLimiter, type RateLimiter } from "../../core/rate-limiter";
import type { Logger } from "../../logger";
import type { PlatformDeps } from "../platform";
import { createFeedbackRecords, type FeedbackRecords } from "./feedback-records";
import { createQuestionGate, type QuestionGate } from "./question-gate";

export interface HandlerContext {
  deps: PlatformDeps;
  /** Child logger with `platform: "discord"`. */
  logger: Logger;
  /** Discord user ids allowed to run /reingest (DISCORD_ADMIN_USERS). */
  adminUsers: readonly string[];
  gate: QuestionGate;
  records: FeedbackRecords;
  /** At most one "slow down" reply per user and window for mentions, so a flood gets one notice, not a flood. */
  rateNotices: RateLimiter;
}

export function createHandlerContext(options: {
  deps: PlatformDeps;
  logger: Logger;
  adminUsers: readonly string[];
}): HandlerContext {
  const { deps } = options;
  return {
    ...options,
    gate: createQuestionGate(deps),
    records: createFeedbackRecords(),
    rateNotices: createRateLimiter({ limit: 1, windowMs: deps.rateLimit.windowSeconds * 1000 }),
  };
}
