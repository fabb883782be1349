/**
 * CHANNEL_SETTINGS_FILE at start-up (issue 17): a bad file stops `npm start` before it connects anywhere,
 * naming the field; a good one seeds the store wire.ts hands the platforms, saved settings go beside the index.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDoctor } from "../../src/cli/run-doctor";
import { loadConfig } from "../../src/config";
import { ConfigError } from "../../src/errors";
import { silentLogger } from "../../src/logger";
import { createApp } from "../../src/wire";
import { createFakeArchive } from "../fakes/fake-archive";
import { startFakeSlack } from "../fakes/fake-slack";
import appMention from "../fixtures/slack/app-mention.json";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "nqa-channels-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("CHANNEL_SETTINGS_FILE", () => {
  it("saves chat settings beside the index folder", () => {
    const config = loadConfig({ DATA_DIR: dir, CHANNEL_SETTINGS_FILE: "seed.json" }, dir);
    expect(config.channelSettings).toEqual({
      seedFile: join(dir, "seed.json"),
      file: join(dir, "channel-settings.json"),
    });
    expect(loadConfig({ INDEX_DIR: join(dir, "idx", "index") }, dir).channelSettings.file).toBe(
      join(dir, "idx", "channel-settings.json"),
    );
  });

  it("stops start-up on a bad file with an error naming the file and the field", async () => {
    const seed = join(dir, "seed.json");
    await writeFile(seed, JSON.stringify({ slack: { C1NEWSROOM: { filters: { to: "2024-02-30" } } } }));
    const app = await createApp(loadConfig({ DATA_DIR: dir, CHANNEL_SETTINGS_FILE: seed }), silentLogger, {
      archive: createFakeArchive([]),
    });
    const error = await app.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(
      `CHANNEL_SETTINGS_FILE (${seed}): slack.C1NEWSROOM.filters.to: not a date`,
    );
    await app.stop();
  });

  it("seeds the store the Slack bot searches with", async () => {
    const fake = await startFakeSlack();
    const seed = join(dir, "seed.json");
    await writeFile(
      seed,
      JSON.stringify({ slack: { C1NEWSROOM: { filters: { publishers: ["Valley Wire"] } } } }),
    );
    const archive = createFakeArchive([]);
    const app = await createApp(
      loadConfig({
        DATA_DIR: dir,
        CHANNEL_SETTINGS_FILE: seed,
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_APP_TOKEN: "xapp-test",
        SLACK_API_URL: fake.apiUrl,
      }),
      silentLogger,
      { archive },
    );
    try {
      await app.start();
      await fake.connected();
      await fake.pushEnvelope("events_api", {
        ...appMention,
        event: { ...appMention.event, ts: `${Math.floor(Date.now() / 1000)}.000100` },
      });
      await fake.waitForCall("chat.postMessage");
      expect(archive.asked[0]?.options?.filters).toEqual({ publishers: ["Valley Wire"] });
      await expect(readFile(join(dir, "channel-settings.json"), "utf8")).rejects.toThrow(/ENOENT/);
    } finally {
      await app.stop();
      await fake.close();
    }
  });
});

describe("doctor: CHANNEL_SETTINGS_FILE", () => {
  it("checks the file, naming a bad field, and says nothing of it when unset", async () => {
    const seed = join(dir, "seed.json");
    await writeFile(seed, JSON.stringify({ discord: { "123456789012345678": { mode: "sometimes" } } }));
    const env = { INDEX_DIR: join(dir, "no-index"), CHANNEL_SETTINGS_FILE: seed };
    const bad = await runDoctor(() => loadConfig(env));
    expect(bad.code).toBe(1);
    expect(bad.lines[0]).toBe("ok    config: valid; checking index, channel settings");
    expect(bad.lines).toContain(
      `FAIL  channel settings: Configuration problems:\n  - CHANNEL_SETTINGS_FILE (${seed}): discord.123456789012345678.mode: must be mention or auto`,
    );
    await writeFile(seed, JSON.stringify({ discord: { "123456789012345678": { mode: "auto" } } }));
    const good = await runDoctor(() => loadConfig(env));
    expect(good.lines).toContain(
      `ok    channel settings: ${seed} and ${join(dir, "channel-settings.json")}: valid`,
    );
    const unset = await runDoctor(() => loadConfig({ INDEX_DIR: join(dir, "no-index") }));
    expect(unset.lines.some((l) => l.includes("channel settings"))).toBe(false);
  });
});
