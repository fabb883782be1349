/**
 * The replicas' re-ingest lock lives in Redis; it must not fall back to one replica's memory like dedupe and
 * limits do, or every replica could ingest at once while Redis is away. The bot as createApp wires it
 * (STATE_URL, a real discord.js client on the fake Discord, the real test index) with a real redis-server
 * that is stopped mid-run: a /reingest meanwhile is refused with "shared state unavailable" and changes
 * nothing, a question is still answered, and once Redis is back a /reingest runs again.
 */
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import { readCurrentVersion } from "../../src/index/store/index-layout";
import { createLogger } from "../../src/logger";
import { type App, createApp } from "../../src/wire";
import { isOriginalEdit } from "../adapters/discord/harness";
import { ADMIN, askInteraction, reingestInteraction } from "../adapters/discord/payloads";
import { type FakeDiscord, startFakeDiscord } from "../fakes/fake-discord";
import { startTestRedis, type TestRedis } from "../helpers/redis-server";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

let redis: TestRedis;
let t: TestArchive;
let fake: FakeDiscord;
let app: App | undefined;
const logs: Json[] = [];

beforeAll(async () => {
  [redis, t, fake] = await Promise.all([startTestRedis(), createTestArchive(), startFakeDiscord()]);
}, 60_000);
afterAll(async () => {
  await app?.stop();
  await fake?.close();
  await redis?.cleanup();
  await t?.cleanup();
});

/** The final edit of a /reingest's status message: the one that is no longer progress. */
async function reingestOutcome(): Promise<string> {
  const interaction = reingestInteraction(fake, ADMIN);
  const edit = await fake.waitFor(
    (request) =>
      isOriginalEdit(interaction.token)(request) &&
      !String((request.body as Json).content).startsWith("Re-ingest running"),
    30_000,
  );
  return String((edit.body as Json).content);
}

const connectedToRedis = () => logs.filter((line) => line.msg === "connected to Redis").length;

it("refuses a re-ingest while Redis is down, keeps answering, and re-ingests again once it is back", async () => {
  const config = loadConfig({
    DISCORD_BOT_TOKEN: "redis-down-bot-token",
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_ADMIN_USERS: ADMIN.id,
    STATE_URL: redis.url,
    INDEX_DIR: t.indexDir,
    CORPUS_DIR: t.corpusDir,
    FEEDBACK_FILE: join(t.indexDir, "..", "feedback.jsonl"),
  });
  const logger = createLogger("debug", {
    write: (line: string) => void logs.push(JSON.parse(line)),
  } as never);
  app = await createApp(config, logger);
  await app.start();
  expect(connectedToRedis()).toBe(1);

  expect(await reingestOutcome()).toMatch(/^Re-ingest finished/);
  const version = await readCurrentVersion(t.indexDir);

  await redis.stop();
  expect(await reingestOutcome()).toMatch(/^Shared state unavailable, try again/);
  expect(await readCurrentVersion(t.indexDir)).toBe(version);
  expect(logs.map((line) => line.msg)).toContain(
    "re-ingest refused: the shared state (Redis) is unavailable",
  );

  const question = askInteraction(fake, "How many new teachers does the Harbor school budget add?");
  const answer = await fake.waitFor(isOriginalEdit(question.token), 15_000);
  expect((answer.body as Json).embeds[0].description).toContain(
    "Harbor district approves budget with twelve new teachers",
  );

  await redis.start();
  await fake.waitFor(() => connectedToRedis() === 2, 15_000);
  expect(await reingestOutcome()).toMatch(/^Re-ingest finished/);
  expect(await readCurrentVersion(t.indexDir)).not.toBe(version);
}, 120_000);
