/**
 * The state the chat adapters share between replicas: event dedupe, rate limits, thread and answer memory,
 * locks. Keys are plain strings ("slack:event:Ev1"); every entry has a time to live. The in-memory store
 * (memory-state-store.ts) is the default; with STATE_URL, wire.ts hands the adapters a Redis-backed one.
 */
export interface StateStore {
  /** Stores `value` under `key` for `ttlMs` only if the key is absent (SET NX PX); true when this call did. */
  claim(key: string, ttlMs: number, value?: string): Promise<boolean>;
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Appends to the list under `key`, keeps its newest `max` items and (re)starts its `ttlMs`. */
  push(key: string, value: string, max: number, ttlMs: number): Promise<void>;
  /** The list under `key`, oldest first; empty when absent. */
  list(key: string): Promise<string[]>;
  /** Sliding window: counts a hit when fewer than `limit` hits fell in the last `windowMs` (atomic). */
  take(key: string, limit: number, windowMs: number): Promise<{ allowed: boolean; retryAfterMs: number }>;
  /** Restarts the TTL of `key` if it still holds `value` (a lock's token); false when it does not. */
  refresh(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Deletes `key` if it still holds `value`. */
  release(key: string, value: string): Promise<void>;
}
