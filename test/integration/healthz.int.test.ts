/** GET /healthz: on Slack's HTTP port (real Bolt app) and on HEALTH_PORT (Discord), from the real app and index. */
import { join } from "node:path";
import type { SlackPlatform } from "../../src/adapters/slack/create-slack-platform";
import { loadConfig } from "../../src/config";
import { silentLogger } from "../../src/logger";
import { type App, createApp } from "../../src/wire";
import { startFakeDiscord } from "../fakes/fake-discord";
import { startFakeSlack } from "../fakes/fake-slack";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";

let t: TestArchive;
beforeAll(async () => {
  t = await createTestArchive();
}, 60_000);
afterAll(() => t.cleanup());

const paths = () => ({
  INDEX_DIR: t.indexDir,
  CORPUS_DIR: t.corpusDir,
  FEEDBACK_FILE: join(t.indexDir, "..", "feedback.jsonl"),
});

async function get(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

describe("GET /healthz", () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it("answers on Slack's HTTP port with the loaded index version and the platforms connected", async () => {
    const fake = await startFakeSlack();
    try {
      const config = loadConfig({
        ...paths(),
        SLACK_BOT_TOKEN: "xoxb-health",
        SLACK_SIGNING_SECRET: "signing",
        SLACK_API_URL: fake.apiUrl,
        PORT: "0",
      });
      app = await createApp(config, silentLogger);
      await app.start();
      const port = (app.platforms[0] as SlackPlatform).port();
      const health = await get(`http://127.0.0.1:${port}/healthz`);
      expect(health).toEqual({
        status: 200,
        body: { status: "ok", indexVersion: t.summary.indexVersion, platforms: { slack: true } },
      });
      expect(app.healthPort()).toBeUndefined();
    } finally {
      await app?.stop();
      await fake.close();
    }
  });

  it("answers on HEALTH_PORT for Discord, and 503 while the bot cannot serve", async () => {
    const fake = await startFakeDiscord();
    try {
      const discord = {
        DISCORD_BOT_TOKEN: "discord-health-token",
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        HEALTH_PORT: "0",
      };
      app = await createApp(loadConfig({ ...paths(), ...discord }), silentLogger);
      await app.start();
      const healthy = await get(`http://127.0.0.1:${app.healthPort()}/healthz`);
      expect(healthy).toEqual({
        status: 200,
        body: { status: "ok", indexVersion: t.summary.indexVersion, platforms: { discord: true } },
      });
      await app.stop();

      // No index: start() fails before connecting, and the health server already says why it is not ready.
      const noIndex = { ...paths(), INDEX_DIR: join(t.indexDir, "..", "missing-index") };
      app = await createApp(loadConfig({ ...noIndex, ...discord }), silentLogger);
      await expect(app.start()).rejects.toMatchObject({ code: "index_missing" });
      const unavailable = await get(`http://127.0.0.1:${app.healthPort()}/healthz`);
      expect(unavailable).toEqual({
        status: 503,
        body: { status: "unavailable", indexVersion: null, platforms: { discord: false } },
      });
    } finally {
      await app?.stop();
      await fake.close();
    }
  });
});
