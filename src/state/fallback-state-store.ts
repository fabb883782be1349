/**
 * A StateStore that uses the shared one (Redis) while it answers and this process's memory while it does
 * not: a question is still answered when Redis goes away, with dedupe and limits local to the replica for
 * that time. One warning when the fallback starts, one info line when the shared store answers again (the
 * Redis client reconnects on its own; every call tries it first, which fails at once while it is down).
 */
import type { StateStore } from "../core/state-store";
import { loggableError } from "../errors";
import type { Logger } from "../logger";

export function createFallbackStateStore(options: {
  shared: StateStore;
  local: StateStore;
  logger: Logger;
}): StateStore & { degraded(): boolean } {
  const { shared, local, logger } = options;
  let degraded = false;
  const use =
    <A extends unknown[], R>(call: (store: StateStore, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        const result = await call(shared, ...args);
        if (degraded) {
          degraded = false;
          logger.info("shared state (Redis) is back: dedupe and rate limits are shared again");
        }
        return result;
      } catch (error) {
        if (!degraded) {
          degraded = true;
          logger.warn(
            loggableError(error),
            "shared state (Redis) unavailable: dedupe and rate limits are this replica's own until it is back",
          );
        }
        return call(local, ...args);
      }
    };
  return {
    degraded: () => degraded,
    claim: use((store, key: string, ttlMs: number, value?: string) => store.claim(key, ttlMs, value)),
    get: use((store, key: string) => store.get(key)),
    set: use((store, key: string, value: string, ttlMs: number) => store.set(key, value, ttlMs)),
    push: use((store, key: string, value: string, max: number, ttlMs: number) =>
      store.push(key, value, max, ttlMs),
    ),
    list: use((store, key: string) => store.list(key)),
    take: use((store, key: string, limit: number, windowMs: number) => store.take(key, limit, windowMs)),
    refresh: use((store, key: string, value: string, ttlMs: number) => store.refresh(key, value, ttlMs)),
    release: use((store, key: string, value: string) => store.release(key, value)),
  };
}
