/**
 * Whether a chat question may go to the archive: it has words, is not too long (the core's own measure), and
 * is within the per-user and per-workspace (Slack team, Discord guild) rate limits. A user over a limit is
 * told once per window; further refusals in that window are marked `repeat` so the adapter can stay quiet.
 */
import { questionLength } from "../../core/check-question";
import { createRateLimiter } from "../../core/rate-limiter";
import { createBoundedMap } from "./bounded-map";
import { CANNED } from "./canned-texts";

export type GateVerdict =
  | { ok: true }
  | {
      ok: false;
      reason: "empty" | "too_long" | "user_rate" | "scope_rate";
      /** Plain text for the asker; for `empty`, the `usage` text the adapter passed. */
      text: string;
      /** A rate-limit notice this user already got in this window. */
      repeat: boolean;
    };

export interface QuestionGate {
  /** Counts the question against the limits when it is otherwise acceptable. */
  check(input: { userId: string; scopeId: string | null; question: string; usage: string }): GateVerdict;
}

export interface GateOptions {
  maxQuestionChars: number;
  rateLimit: { perUser: number; perGuild: number; windowSeconds: number };
  now?: () => number;
}

export function createQuestionGate(options: GateOptions): QuestionGate {
  const now = options.now ?? Date.now;
  const windowMs = options.rateLimit.windowSeconds * 1000;
  const perUser = createRateLimiter({ limit: options.rateLimit.perUser, windowMs, now });
  const perScope = createRateLimiter({ limit: options.rateLimit.perGuild, windowMs, now });
  const noticeUntil = createBoundedMap<number>({ max: 10_000 });
  const refuse = (reason: "user_rate" | "scope_rate", userId: string, seconds: number): GateVerdict => {
    const repeat = (noticeUntil.get(userId) ?? 0) > now();
    if (!repeat) noticeUntil.set(userId, now() + seconds * 1000);
    const text = reason === "user_rate" ? CANNED.userRateLimited(seconds) : CANNED.scopeRateLimited(seconds);
    return { ok: false, reason, text, repeat };
  };
  return {
    check({ userId, scopeId, question, usage }) {
      if (!/[\p{L}\p{N}]/u.test(question)) return { ok: false, reason: "empty", text: usage, repeat: false };
      const length = questionLength(question);
      if (length > options.maxQuestionChars) {
        const text = CANNED.tooLong(length, options.maxQuestionChars);
        return { ok: false, reason: "too_long", text, repeat: false };
      }
      const user = perUser.take(userId);
      if (!user.allowed) return refuse("user_rate", userId, user.retryAfterSeconds);
      const scope = scopeId ? perScope.take(scopeId) : { allowed: true, retryAfterSeconds: 0 };
      if (!scope.allowed) return refuse("scope_rate", userId, scope.retryAfterSeconds);
      return { ok: true };
    },
  };
}
