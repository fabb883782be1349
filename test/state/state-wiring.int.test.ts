/**
 * STATE_URL and FEEDBACK_STORE as wire.ts uses them, against a real redis-server: the URL is checked at load
 * and its password never shown; an unreachable Redis stops start-up with a clear message; the re-ingest
 * takes the replicas' shared lock; votes go to the shared list, and to the file when Redis cannot take them.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runDoctor } from "../../src/cli/run-doctor";
import { loadConfig } from "../../src/config";
import type { FeedbackEntry } from "../../src/feedback/feedback-store";
import { createLogger, silentLogger } from "../../src/logger";
import { createRedisState } from "../../src/state/redis-state-store";
import { createApp, createArchive, openFeedback } from "../../src/wire";
import { createFakeArchive } from "../fakes/fake-archive";
import { startTestRedis, type TestRedis } from "../helpers/redis-server";
import { createTestArchive } from "../helpers/test-archive";

const PASSWORD = "s3cret-redis-pass";
let redis: TestRedis;
let dir: string;
beforeAll(async () => {
  redis = await startTestRedis({ password: PASSWORD });
  dir = await mkdtemp(join(tmpdir(), "nqa-state-"));
}, 20_000);
afterAll(async () => {
  await redis?.cleanup();
  await rm(dir, { recursive: true, force: true });
});

const vote = (question: string): FeedbackEntry => ({
  platform: "slack",
  user: "U1",
  vote: "down",
  question,
  answerText: "a",
  articleIds: [],
  at: "2026-11-30T00:00:00.000Z",
});

describe("STATE_URL", () => {
  it("must be a redis:// or rediss:// URL; FEEDBACK_STORE=redis needs it; the password is never shown", () => {
    expect(() => loadConfig({ STATE_URL: "http://127.0.0.1:6379" })).toThrow(
      /STATE_URL: must start with redis:\/\//,
    );
    expect(() => loadConfig({ STATE_URL: "not a url" })).toThrow(/STATE_URL/);
    expect(() => loadConfig({ FEEDBACK_STORE: "redis" })).toThrow(
      /STATE_URL: required when FEEDBACK_STORE=redis/,
    );
    const config = loadConfig({ STATE_URL: `redis://:${PASSWORD}@cache.internal:6380/2` });
    expect(config.state).toEqual({
      url: `redis://:${PASSWORD}@cache.internal:6380/2`,
      display: "redis://:***@cache.internal:6380/2",
    });
    expect(loadConfig({}).state).toBeUndefined();
  });

  it("stops start-up when Redis cannot be reached, naming the URL without its password", async () => {
    const port = await new Promise<number>((done) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => done(typeof address === "object" && address ? address.port : 0));
      });
    });
    const lines: string[] = [];
    const logger = createLogger("debug", { write: (line: string) => void lines.push(line) });
    const config = loadConfig({ DATA_DIR: dir, STATE_URL: `redis://:${PASSWORD}@127.0.0.1:${port}` });
    const app = await createApp(config, logger, { archive: createFakeArchive([]) });
    const failure = app.start();
    await expect(failure).rejects.toThrow(`Redis (STATE_URL): redis://:***@127.0.0.1:${port}: no connection`);
    await expect(failure).rejects.toThrow(/ECONNREFUSED/);
    await app.stop();
    expect(lines.join("\n")).not.toContain(PASSWORD);
  }, 15_000);

  it("refuses a re-ingest while another replica holds the shared lock, and holds the lock itself after", async () => {
    const other = createRedisState({ url: redis.url });
    // This replica's live archive over its shared state, as createApp builds it.
    const shared = createRedisState({ url: redis.url });
    try {
      await other.connect();
      await shared.connect();
      const config = loadConfig({ DATA_DIR: dir, CORPUS_DIR: resolve("corpus"), STATE_URL: redis.url });
      const archive = createArchive(config, silentLogger, shared.store);
      expect(await other.store.claim("lock:ingest", 60_000, "other-replica")).toBe(true);
      await expect(archive.reingest()).rejects.toMatchObject({
        code: "ingest_busy",
        message: expect.stringContaining("another replica is ingesting"),
      });
      await other.store.release("lock:ingest", "other-replica");
      const summary = await archive.reingest();
      expect(summary.articles).toBe(1);
      expect(await other.store.get("lock:ingest")).toBeUndefined();
    } finally {
      await shared.close();
      await other.close();
    }
  }, 60_000);

  it("keeps votes in Redis with FEEDBACK_STORE=redis, and in the file when Redis cannot take one", async () => {
    const feedbackFile = join(dir, "votes.jsonl");
    const config = loadConfig({
      DATA_DIR: dir,
      FEEDBACK_FILE: feedbackFile,
      FEEDBACK_STORE: "redis",
      STATE_URL: redis.url,
    });
    const first = await openFeedback(config, silentLogger);
    const second = await openFeedback(config, silentLogger);
    await first.store.record(vote("from replica a"));
    await second.store.record(vote("from replica b"));
    expect((await first.store.readAll()).map((entry) => entry.question)).toEqual([
      "from replica a",
      "from replica b",
    ]);
    expect(second.where).toBe(`${config.state?.display} and ${feedbackFile}`);
    expect(second.where).not.toContain(PASSWORD);
    await first.close();
    await redis.stop();
    try {
      await second.store.record(vote("while Redis was away"));
      expect(await readFile(feedbackFile, "utf8")).toContain("while Redis was away");
    } finally {
      await redis.start();
      await second.close().catch(() => undefined);
    }
  }, 30_000);

  it("is checked by doctor: ok when Redis answers, FAIL naming the URL without its password when not", async () => {
    const ok = await runDoctor(() => loadConfig({ DATA_DIR: dir, STATE_URL: redis.url }));
    const shown = redis.url.replace(PASSWORD, "***");
    expect(ok.lines).toContain(`ok    redis: ${shown}: reachable, writes a key`);
    const port = redis.port;
    await redis.stop();
    try {
      const failed = await runDoctor(() => loadConfig({ DATA_DIR: dir, STATE_URL: redis.url }));
      expect(failed.code).toBe(1);
      expect(failed.lines.find((l) => l.includes("redis:"))).toMatch(
        new RegExp(`^FAIL  redis: redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port}: no connection`),
      );
      expect(failed.lines.join("\n")).not.toContain(PASSWORD);
    } finally {
      await redis.start();
    }
  }, 30_000);

  it("lets every replica on one index volume answer from a re-ingest's new version at its next question", async () => {
    const t = await createTestArchive();
    const states = [createRedisState({ url: redis.url }), createRedisState({ url: redis.url })];
    try {
      for (const state of states) await state.connect();
      const [a, b] = states.map((state) => createArchive(t.config, silentLogger, state.store));
      if (!a || !b) throw new Error("two archives expected");
      await b.retriever();
      const before = b.loadedVersion();
      await writeFile(
        join(t.corpusDir, "lighthouse.md"),
        "---\ntitle: Lighthouse keeper retires after forty years\npublished: 2024-05-02\npublisher: Coast Herald\nurl: https://herald.example/lighthouse\n---\nThe keeper of the Greyhaven lighthouse, Mara Quill, retired on Thursday after forty years of service.\n",
      );
      const summary = await a.reingest();
      expect(summary.indexVersion).not.toBe(before);
      const result = await b.ask("When did the Greyhaven lighthouse keeper Mara Quill retire?", {
        askedAt: "2024-06-01T00:00:00.000Z",
      });
      expect(b.loadedVersion()).toBe(summary.indexVersion);
      expect(result.ok && result.answer.citations.map((c) => c.url)).toContain(
        "https://herald.example/lighthouse",
      );
    } finally {
      for (const state of states) await state.close().catch(() => undefined);
      await t.cleanup();
    }
  }, 60_000);
});
