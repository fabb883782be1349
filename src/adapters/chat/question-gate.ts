/**
 * Whether a chat question may go to the archive: it has words, is not too long (the core's own measure), and
 * is within the per-user and per-workspace (Slack team, Discord guild) rate limits. A user over a limit is
 * told once per window; further refusals in that window are marked `repeat` so the adapter can stay quiet.
 * The limits live in the StateStore, so replicas sharing one store share them.
 */
import { questionLength } from "../../core/question/check-question";
import type { StateStore } from "../../core/state-store";
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
  check(input: {
    userId: string;
    scopeId: string | null;
    question: string;
    usage: string;
  }): Promise<GateVerdict>;
}

export interface GateOptions {
  maxQuestionChars: number;
  rateLimit: { perUser: number; perGuild: number; windowSeconds: number };
  state: StateStore;
  /** What the platform calls the group a shared limit counts: "workspace" (Slack, the default), "server" (Discord). */
  scopeName?: string;
}

export function createQuestionGate(options: GateOptions): QuestionGate {
  const { state } = options;
  const windowMs = options.rateLimit.windowSeconds * 1000;
  const refuse = async (
    reason: "user_rate" | "scope_rate",
    userId: string,
    retryAfterMs: number,
  ): Promise<GateVerdict> => {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    const repeat = !(await state.claim(`notice:${userId}`, seconds * 1000));
    const text =
      reason === "user_rate"
        ? CANNED.userRateLimited(seconds)
        : CANNED.scopeRateLimited(seconds, options.scopeName);
    return { ok: false, reason, text, repeat };
  };
  return {
    async check({ userId, scopeId, question, usage }) {
      if (!/[\p{L}\p{N}]/u.test(question)) return { ok: false, reason: "empty", text: usage, repeat: false };
      const length = questionLength(question);
      if (length > options.maxQuestionChars) {
        const text = CANNED.tooLong(length, options.maxQuestionChars);
        return { ok: false, reason: "too_long", text, repeat: false };
      }
      const user = await state.take(`rate:user:${userId}`, options.rateLimit.perUser, windowMs);
      if (!user.allowed) return refuse("user_rate", userId, user.retryAfterMs);
      if (scopeId) {
        const scope = await state.take(`rate:scope:${scopeId}`, options.rateLimit.perGuild, windowMs);
        if (!scope.allowed) return refuse("scope_rate", userId, scope.retryAfterMs);
      }
      return { ok: true };
    },
  };
}
