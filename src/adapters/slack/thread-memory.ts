/** Remembers the questions asked in each Slack thread the bot answers, so follow-ups can be read in context. */
import type { StateStore } from "../../core/state-store";

export interface ThreadMemory {
  /** Earlier questions in the thread, oldest first; undefined when the bot has not answered there. */
  recall(channel: string, threadTs: string): Promise<string[] | undefined>;
  remember(channel: string, threadTs: string, question: string): Promise<void>;
}

/**
 * In the StateStore for `ttlMs` (a day) after the thread's last question. With the in-memory store a restart
 * forgets threads, and later messages there then need a new mention; a shared store keeps them.
 */
export function createThreadMemory(
  state: StateStore,
  options: { maxQuestions?: number; ttlMs?: number } = {},
): ThreadMemory {
  const maxQuestions = options.maxQuestions ?? 5;
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const key = (channel: string, threadTs: string) => `thread:${channel}:${threadTs}`;
  return {
    async recall(channel, threadTs) {
      const questions = await state.list(key(channel, threadTs));
      return questions.length > 0 ? questions : undefined;
    },
    remember: (channel, threadTs, question) =>
      state.push(key(channel, threadTs), question, maxQuestions, ttlMs),
  };
}
