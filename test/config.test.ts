import { enabledPlatforms, loadConfig } from "../src/config";
import { ConfigError } from "../src/errors";

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("loadConfig", () => {
  it("gives the offline defaults with an empty environment", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      corpusDir: "corpus",
      indexDir: "data/index",
      embeddings: "local",
      answers: "extractive",
      slack: undefined,
      discord: undefined,
      maxQuestionChars: 500,
    });
    expect(enabledPlatforms(config)).toEqual([]);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("reports every problem at once, each naming its variable", () => {
    const found = problems({
      SLACK_BOT_TOKEN: "xoxb-1",
      DISCORD_APPLICATION_ID: "123",
      ANSWERS: "openai",
    });
    expect(found).toHaveLength(3);
    expect(found.join("\n")).toMatch(/SLACK_APP_TOKEN.*SLACK_SIGNING_SECRET/);
    expect(found.join("\n")).toMatch(/DISCORD_BOT_TOKEN/);
    expect(found.join("\n")).toMatch(/OPENAI_API_KEY/);
  });

  it("validates formats and says how to fix them", () => {
    const found = problems({
      SLACK_APP_TOKEN: "xoxb-wrong",
      INGEST_INTERVAL: "often",
      EMBEDDINGS: "magic",
      PORT: "abc",
    });
    const text = found.join("\n");
    expect(text).toMatch(/SLACK_APP_TOKEN: must start with xapp-/);
    expect(text).toMatch(/INGEST_INTERVAL: must look like 30m/);
    expect(text).toMatch(/EMBEDDINGS/);
    expect(text).toMatch(/PORT/);
  });

  it("treats empty strings as unset", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "", SLACK_APP_TOKEN: " ", INDEX_DIR: "" }).slack).toBeUndefined();
  });

  it("turns on Slack in Socket Mode or HTTP mode, and Discord, from full credential sets", () => {
    const socket = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_APP_TOKEN: "xapp-1",
      SLACK_ADMIN_USERS: "U1, U2",
    });
    expect(socket.slack).toMatchObject({ appToken: "xapp-1", adminUsers: ["U1", "U2"] });
    expect(enabledPlatforms(socket)).toEqual(["slack (socket mode)"]);
    const http = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: "s",
      DISCORD_BOT_TOKEN: "t",
      DISCORD_APPLICATION_ID: "1",
    });
    expect(enabledPlatforms(http)).toEqual(["slack (http mode)", "discord"]);
  });

  it("parses INGEST_INTERVAL into milliseconds", () => {
    expect(loadConfig({ INGEST_INTERVAL: "30m" }).ingestIntervalMs).toBe(1_800_000);
    expect(loadConfig({ INGEST_INTERVAL: "2h" }).ingestIntervalMs).toBe(7_200_000);
    expect(loadConfig({ INGEST_INTERVAL: "45s" }).ingestIntervalMs).toBe(45_000);
  });
});
