import { join, resolve } from "node:path";
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
      corpusDir: resolve("corpus"),
      dataDir: resolve("data"),
      indexDir: resolve("data", "index"),
      feedbackFile: resolve("data", "feedback.jsonl"),
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

  it("reports format and cross-field problems in one round", () => {
    const found = problems({
      PORT: "abc",
      LOG_LEVEL: "loud",
      EMBEDDINGS: "openai",
      SLACK_SIGNING_SECRET: "s",
      DISCORD_BOT_TOKEN: "t",
    });
    const text = found.join("\n");
    expect(text).toMatch(/^PORT: /m);
    expect(text).toMatch(/^LOG_LEVEL: /m);
    expect(text).toMatch(/^OPENAI_API_KEY: required/m);
    expect(text).toMatch(/^SLACK_BOT_TOKEN: required/m);
    expect(text).toMatch(/^DISCORD_APPLICATION_ID: required/m);
    expect(found).toHaveLength(5);
  });

  it("resolves relative paths once, against the start-up directory, and defaults them under DATA_DIR", () => {
    const base = "/srv/newsroom-qa";
    expect(loadConfig({}, base)).toMatchObject({
      corpusDir: join(base, "corpus"),
      dataDir: join(base, "data"),
      indexDir: join(base, "data", "index"),
      feedbackFile: join(base, "data", "feedback.jsonl"),
      sourcesFile: undefined,
    });
    expect(loadConfig({ DATA_DIR: "/var/lib/newsroom-qa" }, base)).toMatchObject({
      dataDir: "/var/lib/newsroom-qa",
      indexDir: "/var/lib/newsroom-qa/index",
      feedbackFile: "/var/lib/newsroom-qa/feedback.jsonl",
    });
    expect(
      loadConfig(
        {
          DATA_DIR: "state",
          INDEX_DIR: "idx",
          FEEDBACK_FILE: "/tmp/votes.jsonl",
          SOURCES_FILE: "sources.yaml",
        },
        base,
      ),
    ).toMatchObject({
      dataDir: join(base, "state"),
      indexDir: join(base, "idx"),
      feedbackFile: "/tmp/votes.jsonl",
      sourcesFile: join(base, "sources.yaml"),
    });
  });

  it("puts the question log beside the feedback file, kept 90 days, users hashed, unless told otherwise", () => {
    const base = "/srv/nqa";
    expect(loadConfig({}, base).questionLog).toEqual({
      file: join(base, "data", "questions.jsonl"),
      retentionDays: 90,
      rawUsers: false,
    });
    expect(loadConfig({ FEEDBACK_FILE: "/tmp/votes/feedback.jsonl" }, base).questionLog.file).toBe(
      "/tmp/votes/questions.jsonl",
    );
    expect(
      loadConfig(
        {
          QUESTION_LOG_FILE: "logs/q.jsonl",
          QUESTION_LOG_RETENTION_DAYS: "7",
          QUESTION_LOG_RAW_USERS: "true",
        },
        base,
      ).questionLog,
    ).toEqual({ file: join(base, "logs", "q.jsonl"), retentionDays: 7, rawUsers: true });
    expect(problems({ QUESTION_LOG_RETENTION_DAYS: "-1", QUESTION_LOG_RAW_USERS: "yes" })).toEqual([
      expect.stringMatching(/^QUESTION_LOG_RETENTION_DAYS: /),
      "QUESTION_LOG_RAW_USERS: must be true or false",
    ]);
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

  it("reads DISCORD_SHARDS as auto or a shard count, and needs the Discord bot for it", () => {
    const discord = { DISCORD_BOT_TOKEN: "t", DISCORD_APPLICATION_ID: "1" };
    expect(loadConfig(discord).discord?.shards).toBeUndefined();
    expect(loadConfig({ ...discord, DISCORD_SHARDS: "auto" }).discord?.shards).toBe("auto");
    const two = loadConfig({ ...discord, DISCORD_SHARDS: " 2 " });
    expect(two.discord?.shards).toBe(2);
    expect(enabledPlatforms(two)).toEqual(["discord (2 shards)"]);
    for (const bad of ["0", "-1", "1.5", "two", "automatic"]) {
      expect(() => loadConfig({ ...discord, DISCORD_SHARDS: bad })).toThrow(
        "DISCORD_SHARDS: must be auto or a whole number of shards (1 or more)",
      );
    }
    expect(() => loadConfig({ DISCORD_SHARDS: "2" })).toThrow(
      /DISCORD_SHARDS: shards the Discord bot, so it needs DISCORD_BOT_TOKEN/,
    );
  });

  it("parses INGEST_INTERVAL into milliseconds", () => {
    expect(loadConfig({ INGEST_INTERVAL: "30m" }).ingestIntervalMs).toBe(1_800_000);
    expect(loadConfig({ INGEST_INTERVAL: "2h" }).ingestIntervalMs).toBe(7_200_000);
    expect(loadConfig({ INGEST_INTERVAL: "45s" }).ingestIntervalMs).toBe(45_000);
  });
});

describe("auto answers and the weekly report (issue 17)", () => {
  const discord = { DISCORD_BOT_TOKEN: "t", DISCORD_APPLICATION_ID: "1" };

  it("asks for Discord's MessageContent intent only with DISCORD_MESSAGE_CONTENT=true", () => {
    expect(loadConfig(discord).discord?.messageContent).toBe(false);
    expect(loadConfig({ ...discord, DISCORD_MESSAGE_CONTENT: "true" }).discord?.messageContent).toBe(true);
    expect(() => loadConfig({ ...discord, DISCORD_MESSAGE_CONTENT: "yes" })).toThrow(
      /DISCORD_MESSAGE_CONTENT/,
    );
  });

  it("posts the weekly report only where a channel is set, on Monday 09:00 UTC by default", () => {
    expect(loadConfig({}).weeklyReport).toBeUndefined();
    expect(loadConfig({ REPORT_SLACK_CHANNEL: "C0ADMINS" }).weeklyReport).toEqual({
      slackChannel: "C0ADMINS",
      weekday: 1,
      hour: 9,
      minute: 0,
    });
    expect(loadConfig({ REPORT_DISCORD_CHANNEL: "42", REPORT_SCHEDULE: "Fri 16:30" }).weeklyReport).toEqual({
      discordChannel: "42",
      weekday: 5,
      hour: 16,
      minute: 30,
    });
  });

  it("rejects a schedule it cannot read, naming the variable", () => {
    expect(() => loadConfig({ REPORT_SLACK_CHANNEL: "C1", REPORT_SCHEDULE: "monday 9am" })).toThrow(
      /REPORT_SCHEDULE: must look like 'mon 09:00'/,
    );
  });
});
