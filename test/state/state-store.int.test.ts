/**
 * The StateStore contract, run against the in-memory store and against a real redis-server (two clients on
 * one server standing in for two replicas): claims, lists, sliding-window limits, lock tokens.
 */
import { createMemoryStateStore } from "../../src/core/memory-state-store";
import type { StateStore } from "../../src/core/state-store";
import { createRedisState, type RedisState } from "../../src/state/redis-state-store";
import { SharedLockBusy, withSharedLock } from "../../src/state/shared-lock";
import { startTestRedis } from "../helpers/redis-server";
import { useSuiteResource } from "../helpers/suite-resource";

const redis = useSuiteResource(async () => {
  const server = await startTestRedis();
  const clients: RedisState[] = [];
  const connect = async (prefix: string) => {
    const state = createRedisState({ url: server.url, prefix });
    await state.connect();
    clients.push(state);
    return state.store;
  };
  return {
    server,
    connect,
    async cleanup() {
      for (const client of clients) await client.close();
      await server.cleanup();
    },
  };
}, 20_000);

let suffix = 0;
/** Two handles on one store: two connections (two replicas) for Redis, the same object in memory. */
const stores: [string, () => Promise<[StateStore, StateStore]>][] = [
  [
    "memory",
    async () => {
      const store = createMemoryStateStore();
      return [store, store];
    },
  ],
  [
    "redis",
    async () => {
      const prefix = `t${++suffix}:`;
      return [await redis().connect(prefix), await redis().connect(prefix)];
    },
  ],
];

describe.each(stores)("StateStore (%s)", (_name, open) => {
  it("claims a key once across handles, until its time to live ends", async () => {
    const [a, b] = await open();
    const claims = await Promise.all([
      a.claim("ev:1", 60_000),
      b.claim("ev:1", 60_000),
      a.claim("ev:1", 60_000),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await b.claim("ev:short", 30)).toBe(true);
    const deadline = Date.now() + 3000;
    while (!(await a.claim("ev:short", 30))) {
      if (Date.now() > deadline) throw new Error("a 30 ms claim never lapsed");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });

  it("stores values and bounded lists that the other handle reads", async () => {
    const [a, b] = await open();
    await a.set("answer:x", '{"q":1}', 60_000);
    expect(await b.get("answer:x")).toBe('{"q":1}');
    expect(await b.get("answer:none")).toBeUndefined();
    for (const q of ["1", "2", "3", "4"]) await (q === "2" ? b : a).push("thread:c:1", q, 3, 60_000);
    expect(await b.list("thread:c:1")).toEqual(["2", "3", "4"]);
    expect(await a.list("thread:none")).toEqual([]);
  });

  it("counts a sliding-window limit atomically across handles", async () => {
    const [a, b] = await open();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).take("rate:user:U1", 5, 60_000)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    const refused = results.find((r) => !r.allowed);
    expect(refused?.retryAfterMs).toBeGreaterThan(55_000);
    expect(refused?.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect((await a.take("rate:user:U2", 5, 60_000)).allowed).toBe(true);
  });

  it("refreshes and releases a key only for the holder of its token", async () => {
    const [a, b] = await open();
    expect(await a.claim("lock:x", 60_000, "token-a")).toBe(true);
    expect(await b.refresh("lock:x", "token-b", 60_000)).toBe(false);
    await b.release("lock:x", "token-b");
    expect(await b.claim("lock:x", 60_000, "token-b")).toBe(false);
    expect(await b.refresh("lock:x", "token-a", 60_000)).toBe(true);
    await a.release("lock:x", "token-a");
    expect(await b.claim("lock:x", 60_000, "token-b")).toBe(true);
  });

  it("runs work under a shared lock: a second holder is refused while the first works, then may take it", async () => {
    const [a, b] = await open();
    let finish: () => void = () => undefined;
    let started: () => void = () => undefined;
    const working = new Promise<void>((resolve) => (started = resolve));
    const first = withSharedLock(a, "lock:ingest", async () => {
      started();
      await new Promise<void>((resolve) => (finish = resolve));
      return "done";
    });
    await working;
    await expect(withSharedLock(b, "lock:ingest", async () => "second")).rejects.toBeInstanceOf(
      SharedLockBusy,
    );
    finish();
    await expect(first).resolves.toBe("done");
    await expect(withSharedLock(b, "lock:ingest", async () => "second")).resolves.toBe("second");
  });
});
