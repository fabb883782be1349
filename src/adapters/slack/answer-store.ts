/** Keeps recent answers under short ids, so 👍/👎/Share buttons carry an id instead of the whole answer. */
import { randomBytes } from "node:crypto";
import type { Answer } from "../../core/types";
import { createBoundedMap } from "./bounded-map";

export interface AnswerStore {
  /** Returns the id to put in button values (12 characters, far below Slack's 2,000-character limit). */
  save(answer: Answer): string;
  get(id: string): Answer | undefined;
}

/** In memory, per process: buttons on answers older than a restart (or the oldest of `max`) are forgotten. */
export function createAnswerStore(options: { max?: number; ttlMs?: number } = {}): AnswerStore {
  const answers = createBoundedMap<Answer>({
    max: options.max ?? 2000,
    ttlMs: options.ttlMs ?? 7 * 24 * 60 * 60 * 1000,
  });
  return {
    save(answer) {
      const id = randomBytes(9).toString("base64url");
      answers.set(id, answer);
      return id;
    },
    get: (id) => answers.get(id),
  };
}
