/** Remembers the questions asked in each Slack thread the bot answers, so follow-ups can be read in context. */
import { createBoundedMap } from "../chat/bounded-map";

export interface ThreadMemory {
  /** Earlier questions in the thread, oldest first; undefined when the bot has not answered there. */
  recall(channel: string, threadTs: string): string[] | undefined;
  remember(channel: string, threadTs: string, question: string): void;
}

/** In memory, per process: a restart forgets threads, and later messages there then need a new mention. */
export function createThreadMemory(
  options: { maxThreads?: number; maxQuestions?: number; ttlMs?: number } = {},
): ThreadMemory {
  const maxQuestions = options.maxQuestions ?? 5;
  const threads = createBoundedMap<string[]>({
    max: options.maxThreads ?? 5000,
    ttlMs: options.ttlMs ?? 24 * 60 * 60 * 1000,
  });
  const key = (channel: string, threadTs: string) => `${channel}:${threadTs}`;
  return {
    recall: (channel, threadTs) => threads.get(key(channel, threadTs))?.slice(),
    remember(channel, threadTs, question) {
      const earlier = threads.get(key(channel, threadTs)) ?? [];
      threads.set(key(channel, threadTs), [...earlier, question].slice(-maxQuestions));
    },
  };
}
