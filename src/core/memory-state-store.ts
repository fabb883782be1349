/**
 * The embedded StateStore: one process's memory. Each key family (the text before the first ":") is bounded
 * on its own (default 10,000 keys, oldest written dropped first), so a flood of event ids cannot push out
 * the answers behind buttons.
 */
import type { StateStore } from "./state-store";

interface Entry {
  value: string | string[] | number[];
  expiresAt: number;
}

export function createMemoryStateStore(
  options: { max?: Record<string, number>; defaultMax?: number; now?: () => number } = {},
): StateStore {
  const now = options.now ?? Date.now;
  const families = new Map<string, Map<string, Entry>>();
  const familyOf = (key: string) => {
    const name = key.split(":", 1)[0] as string;
    let family = families.get(name);
    if (!family) {
      family = new Map();
      families.set(name, family);
    }
    return { family, max: options.max?.[name] ?? options.defaultMax ?? 10_000 };
  };
  const read = (key: string): Entry | undefined => {
    const { family } = familyOf(key);
    const entry = family.get(key);
    if (entry && entry.expiresAt <= now()) {
      family.delete(key);
      return undefined;
    }
    return entry;
  };
  const write = (key: string, value: Entry["value"], ttlMs: number) => {
    const { family, max } = familyOf(key);
    family.delete(key);
    family.set(key, { value, expiresAt: now() + ttlMs });
    for (const oldest of family.keys()) {
      if (family.size <= max) break;
      family.delete(oldest);
    }
  };
  return {
    async claim(key, ttlMs, value = "1") {
      if (read(key)) return false;
      write(key, value, ttlMs);
      return true;
    },
    async get(key) {
      const value = read(key)?.value;
      return typeof value === "string" ? value : undefined;
    },
    async set(key, value, ttlMs) {
      write(key, value, ttlMs);
    },
    async push(key, value, max, ttlMs) {
      const earlier = read(key)?.value;
      const items = Array.isArray(earlier) ? (earlier as string[]) : [];
      write(key, [...items, value].slice(-max), ttlMs);
    },
    async list(key) {
      const value = read(key)?.value;
      return Array.isArray(value) ? (value.slice() as string[]) : [];
    },
    async take(key, limit, windowMs) {
      const t = now();
      const earlier = read(key)?.value;
      const recent = (Array.isArray(earlier) ? (earlier as number[]) : []).filter((at) => t - at < windowMs);
      if (recent.length >= limit) {
        write(key, recent, windowMs);
        return { allowed: false, retryAfterMs: Math.max(1, (recent[0] ?? t) + windowMs - t) };
      }
      write(key, [...recent, t], windowMs);
      return { allowed: true, retryAfterMs: 0 };
    },
    async refresh(key, value, ttlMs) {
      if (read(key)?.value !== value) return false;
      write(key, value, ttlMs);
      return true;
    },
    async release(key, value) {
      if (read(key)?.value === value) familyOf(key).family.delete(key);
    },
  };
}
