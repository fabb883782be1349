/**
 * Recent answers under short ids, so 👍/👎/Share buttons carry an id instead of the whole answer, and each
 * user's vote on an answer counts once. In memory, per process: an answer older than `ttlMs`, past the
 * newest `max`, or from before a restart is forgotten (its buttons then say so).
 */
import { randomBytes } from "node:crypto";
import type { Answer } from "../../core/types";
import { createBoundedMap } from "./bounded-map";

export interface AnswerMemory {
  /** Returns the id to put in button values: 12 url-safe characters (far below either platform's limit). */
  remember(answer: Answer): string;
  get(id: string): Answer | undefined;
  /** True the first time `userId` votes on `id`; false on a repeat click or a forgotten answer. */
  claimVote(id: string, userId: string): boolean;
}

export const ANSWER_MEMORY = { max: 2000, ttlMs: 7 * 24 * 60 * 60 * 1000 };

export function createAnswerMemory(
  options: { max?: number; ttlMs?: number; now?: () => number } = {},
): AnswerMemory {
  const answers = createBoundedMap<{ answer: Answer; voters: Set<string> }>({
    max: options.max ?? ANSWER_MEMORY.max,
    ttlMs: options.ttlMs ?? ANSWER_MEMORY.ttlMs,
    now: options.now,
  });
  return {
    remember(answer) {
      const id = randomBytes(9).toString("base64url");
      answers.set(id, { answer, voters: new Set() });
      return id;
    },
    get: (id) => answers.get(id)?.answer,
    claimVote(id, userId) {
      const record = answers.get(id);
      if (!record || record.voters.has(userId)) return false;
      record.voters.add(userId);
      return true;
    },
  };
}
