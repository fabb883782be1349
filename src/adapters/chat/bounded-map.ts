/** A string-keyed Map that forgets its oldest entries past `max`, and entries older than `ttlMs` when set. */

export interface BoundedMap<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  /** Stores (or refreshes) `key`, making it the newest entry. */
  set(key: string, value: V): void;
}

export function createBoundedMap<V>(options: {
  max: number;
  ttlMs?: number;
  now?: () => number;
}): BoundedMap<V> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: V; at: number }>();
  const get = (key: string): V | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (options.ttlMs !== undefined && now() - entry.at > options.ttlMs) {
      entries.delete(key);
      return undefined;
    }
    return entry.value;
  };
  return {
    get,
    has: (key) => get(key) !== undefined,
    set(key, value) {
      entries.delete(key);
      entries.set(key, { value, at: now() });
      for (const oldest of entries.keys()) {
        if (entries.size <= options.max) break;
        entries.delete(oldest);
      }
    },
  };
}
