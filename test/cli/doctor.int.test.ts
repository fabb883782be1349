/** `newsroom-qa doctor` against the real index and the fake Slack, Discord and OpenAI servers. */
import { join } from "node:path";
import { runDoctor } from "../../src/cli/run-doctor";
import { loadConfig } from "../../src/config";
import { type FakeDiscord, startFakeDiscord } from "../fakes/fake-discord";
import { type FakeOpenAI, startFakeOpenAI } from "../fakes/fake-openai";
import { type FakeSlack, startFakeSlack } from "../fakes/fake-slack";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";

const SECRETS = {
  SLACK_BOT_TOKEN: "xoxb-doctor-secret",
  SLACK_APP_TOKEN: "xapp-doctor-secret",
  DISCORD_BOT_TOKEN: "discord-doctor-secret",
  OPENAI_API_KEY: "sk-doctor-secret",
};

let t: TestArchive;
let slack: FakeSlack;
let discord: FakeDiscord;
let openai: FakeOpenAI;
beforeAll(async () => {
  [t, slack, discord, openai] = await Promise.all([
    createTestArchive(),
    startFakeSlack(),
    startFakeDiscord(),
    startFakeOpenAI({ apiKey: SECRETS.OPENAI_API_KEY }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([slack.close(), discord.close(), openai.close(), t.cleanup()]);
});

const env = (overrides: Record<string, string> = {}) => ({
  INDEX_DIR: t.indexDir,
  CORPUS_DIR: t.corpusDir,
  ...SECRETS,
  SLACK_API_URL: slack.apiUrl,
  DISCORD_APPLICATION_ID: discord.applicationId,
  DISCORD_API_URL: discord.apiUrl,
  OPENAI_BASE_URL: openai.url,
  ...overrides,
});

const doctor = (vars: Record<string, string>) => runDoctor(() => loadConfig(vars));

function expectNoSecrets(lines: string[]): void {
  for (const secret of Object.values(SECRETS)) expect(lines.join("\n")).not.toContain(secret);
}

describe("newsroom-qa doctor", () => {
  it("passes every check with one harmless call per service, one line each", async () => {
    const { lines, code } = await doctor(env());
    expect(lines).toEqual([
      "ok    config: valid; checking index, slack, discord, openai",
      `ok    index: ${t.indexDir}: version ${t.summary.indexVersion} loads and verifies`,
      "ok    slack: auth.test: bot newsroom-qa in workspace Fake",
      `ok    discord: GET /users/@me: bot newsroom-qa (${discord.botUser.id})`,
      "ok    openai: GET /models: 2 models",
    ]);
    expect(code).toBe(0);
    expect(slack.callsTo("auth.test").at(-1)?.authorization).toBe(`Bearer ${SECRETS.SLACK_BOT_TOKEN}`);
    expectNoSecrets(lines);
  });

  it("names each failing check and its reason, runs the others, and exits 1", async () => {
    slack.failNext("auth.test", "invalid_auth");
    discord.failNext((request) => request.path === "/api/v10/users/@me", 401);
    const { lines, code } = await doctor(
      env({ OPENAI_API_KEY: "sk-wrong-secret", INDEX_DIR: join(t.indexDir, "..", "no-index") }),
    );
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^ok {4}config/);
    expect(lines[1]).toMatch(/^FAIL {2}index: No index at .*no-index/);
    expect(lines[2]).toBe(`FAIL  slack: POST ${slack.apiUrl}auth.test answered ok=false, error invalid_auth`);
    expect(lines[3]).toBe(`FAIL  discord: GET ${discord.apiUrl}/v10/users/@me answered 401 Unauthorized`);
    expect(lines[4]).toBe(`FAIL  openai: GET ${openai.url}/models answered 401 Unauthorized`);
    expectNoSecrets(lines);
    expect(lines.join("\n")).not.toContain("sk-wrong-secret");
  });

  it("reports every configuration problem at once and checks nothing else", async () => {
    const { lines, code } = await doctor({ PORT: "abc", ANSWERS: "openai", SLACK_BOT_TOKEN: "xoxb-x" });
    expect(code).toBe(1);
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.startsWith("FAIL  config: "))).toBe(true);
    expect(lines.join("\n")).toMatch(/PORT[\s\S]*SLACK_APP_TOKEN[\s\S]*OPENAI_API_KEY/);
  });
});
