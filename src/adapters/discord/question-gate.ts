/** Decides whether a question may go to the archive: not empty, not too long, within the per-user and per-guild rate limits. */

import { createRateLimiter } from "../../core/rate-limiter";
import type { PlatformDeps } from "../platform";
import { REPLIES } from "./replies";

export type GateResult =
  | { ok: true }
  | { ok: false; reason: "empty" | "too_long" | "user_rate" | "guild_rate"; message: string };

export interface QuestionGate {
  /** Counts the question against the limits when it is otherwise acceptable. */
  check(input: { userId: string; guildId: string | null; question: string }): GateResult;
}

export function createQuestionGate(deps: Pick<PlatformDeps, "maxQuestionChars" | "rateLimit">): QuestionGate {
  const windowMs = deps.rateLimit.windowSeconds * 1000;
  const perUser = createRateLimiter({ limit: deps.rateLimit.perUser, windowMs });
  const perGuild = createRateLimiter({ limit: deps.rateLimit.perGuild, windowMs });
  return {
    check({ userId, guildId, question }) {
      const trimmed = question.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, " ").trim();
      if (!trimmed) return { ok: false, reason: "empty", message: REPLIES.usage };
      if (trimmed.length > deps.maxQuestionChars) {
        return {
          ok: false,
          reason: "too_long",
          message: `That question is ${trimmed.length} characters long; please keep it under ${deps.maxQuestionChars}.`,
        };
      }
      const user = perUser.take(userId);
      if (!user.allowed) {
        return {
          ok: false,
          reason: "user_rate",
          message: `You're asking faster than I can look things up. Please try again in ${user.retryAfterSeconds} s.`,
        };
      }
      const guild = guildId ? perGuild.take(guildId) : { allowed: true, retryAfterSeconds: 0 };
      if (!guild.allowed) {
        return {
          ok: false,
          reason: "guild_rate",
          message: `This server has asked a lot of questions just now. Please try again in ${guild.retryAfterSeconds} s.`,
        };
      }
      return { ok: true };
    },
  };
}
