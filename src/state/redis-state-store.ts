/**
 * The StateStore in Redis (the node `redis` client), for several replicas on one state. Claims are
 * SET NX PX; rate limits a sorted set per key, trimmed and counted in one Lua script on Redis's own clock
 * (atomic, and no clock skew between replicas); lists RPUSH + LTRIM + PEXPIRE in one script. Commands fail
 * fast while the connection is down (no offline queue, a per-command timeout) so a caller can fall back;
 * the client reconnects on its own.
 */
import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import type { StateStore } from "../core/state-store";
import type { FeedbackEntry, FeedbackStore } from "../feedback/feedback-store";

const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, now .. ':' .. ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)`;

const PUSH = `
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1`;

const REFRESH = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export interface RedisState {
  store: StateStore;
  /** Feedback records in one Redis list (`<prefix>feedback`), for FEEDBACK_STORE=redis. */
  feedback: FeedbackStore;
  /** Connects, or rejects after `timeoutMs` with the last connection error. */
  connect(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
  /** Connection events, for one log line each (never the URL: it may hold a password). */
  onStatus(listener: (status: "ready" | "down", error?: Error) => void): void;
}

export function createRedisState(options: {
  url: string;
  /** Key prefix, so one Redis can serve several bots (default "newsroom-qa:"). */
  prefix?: string;
  commandTimeoutMs?: number;
}): RedisState {
  const prefix = options.prefix ?? "newsroom-qa:";
  const client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    commandOptions: { timeout: options.commandTimeoutMs ?? 1000 },
    socket: {
      connectTimeout: 2000,
      // Back off up to 2 s between attempts, forever: a replica outlives a Redis restart.
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
    },
  });
  const listeners: ((status: "ready" | "down", error?: Error) => void)[] = [];
  let lastError: Error | undefined;
  let up = false;
  client.on("error", (error: Error) => {
    lastError = error;
    if (up) {
      up = false;
      for (const listener of listeners) listener("down", error);
    }
  });
  client.on("ready", () => {
    up = true;
    for (const listener of listeners) listener("ready");
  });
  const k = (key: string) => `${prefix}${key}`;
  const store: StateStore = {
    async claim(key, ttlMs, value = "1") {
      const reply = await client.set(k(key), value, {
        condition: "NX",
        expiration: { type: "PX", value: Math.max(1, Math.round(ttlMs)) },
      });
      return reply === "OK";
    },
    async get(key) {
      return (await client.get(k(key))) ?? undefined;
    },
    async set(key, value, ttlMs) {
      await client.set(k(key), value, { expiration: { type: "PX", value: Math.max(1, Math.round(ttlMs)) } });
    },
    async push(key, value, max, ttlMs) {
      await client.eval(PUSH, { keys: [k(key)], arguments: [value, String(max), String(Math.round(ttlMs))] });
    },
    async list(key) {
      return client.lRange(k(key), 0, -1);
    },
    async take(key, limit, windowMs) {
      const retryAfterMs = Number(
        await client.eval(TAKE, {
          keys: [k(key)],
          arguments: [String(Math.round(windowMs)), String(limit), randomBytes(6).toString("hex")],
        }),
      );
      return { allowed: retryAfterMs === 0, retryAfterMs };
    },
    async refresh(key, value, ttlMs) {
      return (
        Number(
          await client.eval(REFRESH, { keys: [k(key)], arguments: [value, String(Math.round(ttlMs))] }),
        ) === 1
      );
    },
    async release(key, value) {
      await client.eval(RELEASE, { keys: [k(key)], arguments: [value] });
    },
  };
  const feedback: FeedbackStore = {
    async record(entry) {
      await client.rPush(k("feedback"), JSON.stringify(entry));
    },
    async readAll() {
      const entries: FeedbackEntry[] = [];
      for (const line of await client.lRange(k("feedback"), 0, -1)) {
        try {
          entries.push(JSON.parse(line) as FeedbackEntry);
        } catch {
          // a hand-edited record: skip it, as the JSONL store does
        }
      }
      return entries;
    },
  };
  return {
    store,
    feedback,
    onStatus: (listener) => {
      listeners.push(listener);
    },
    async connect(timeoutMs = 5000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(new Error(`no connection within ${timeoutMs} ms: ${lastError?.message ?? "no answer"}`)),
          timeoutMs,
        );
      });
      try {
        await Promise.race([client.connect(), timeout]);
      } catch (error) {
        client.destroy();
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      if (client.isOpen) await client.close();
      else client.destroy();
    },
  };
}
