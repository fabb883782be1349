/**
 * The bot's answers on Discord, by message id, with the questions they answered: a reply (message reference)
 * to one of them is a follow-up, read with those questions, as a Slack thread follow-up is.
 */
import type { StateStore } from "../../core/state-store";

export interface AnswerThreads {
  /** The questions behind the bot's answer `messageId`, oldest first; undefined when it is not one (or forgotten). */
  recall(messageId: string): Promise<string[] | undefined>;
  /** Marks the bot's messages `messageIds` as the answer to `questions` (the thread so far, oldest first). */
  remember(messageIds: string[], questions: string[]): Promise<void>;
}

/** In the StateStore for `ttlMs` (a day); the newest `maxQuestions` questions are kept. */
export function createAnswerThreads(
  state: StateStore,
  options: { maxQuestions?: number; ttlMs?: number } = {},
): AnswerThreads {
  const maxQuestions = options.maxQuestions ?? 5;
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const key = (messageId: string) => `discord:answer-thread:${messageId}`;
  return {
    async recall(messageId) {
      const raw = await state.get(key(messageId));
      return raw === undefined ? undefined : (JSON.parse(raw) as string[]);
    },
    async remember(messageIds, questions) {
      const value = JSON.stringify(questions.slice(-maxQuestions));
      for (const id of messageIds) await state.set(key(id), value, ttlMs);
    },
  };
}
