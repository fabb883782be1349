/**
 * Recent answers under short ids, so 👍/👎/Share buttons carry an id instead of the whole answer, and each
 * user's vote on an answer counts once. Kept in the StateStore for `ttlMs` (the in-memory store also keeps
 * only the newest 2000): a forgotten answer's buttons say so. With a shared store, any replica can serve a
 * click on an answer another replica gave.
 */
import { randomBytes } from "node:crypto";
import type { StateStore } from "../../core/state-store";
import type { Answer } from "../../core/types";

export interface AnswerMemory {
  /** Returns the id to put in button values: 12 url-safe characters (far below either platform's limit). */
  remember(answer: Answer): Promise<string>;
  get(id: string): Promise<Answer | undefined>;
  /** True the first time `userId` votes on `id`; false on a repeat click or a forgotten answer. */
  claimVote(id: string, userId: string): Promise<boolean>;
}

export const ANSWER_MEMORY = { max: 2000, ttlMs: 7 * 24 * 60 * 60 * 1000 };

export function createAnswerMemory(state: StateStore, options: { ttlMs?: number } = {}): AnswerMemory {
  const ttlMs = options.ttlMs ?? ANSWER_MEMORY.ttlMs;
  const get = async (id: string): Promise<Answer | undefined> => {
    const raw = await state.get(`answer:${id}`);
    return raw === undefined ? undefined : (JSON.parse(raw) as Answer);
  };
  return {
    async remember(answer) {
      const id = randomBytes(9).toString("base64url");
      await state.set(`answer:${id}`, JSON.stringify(answer), ttlMs);
      return id;
    },
    get,
    async claimVote(id, userId) {
      if ((await get(id)) === undefined) return false;
      return state.claim(`vote:${id}:${userId}`, ttlMs);
    },
  };
}
