/** The only reader of the environment: validates it all at once and returns a frozen Config. */
import { dirname, isAbsolute, join, resolve } from "node:path";
import { z } from "zod";
import { ConfigError } from "./errors";

const optional = z.string().trim().min(1).optional();
const list = z
  .string()
  .optional()
  .transform((v) => (v ?? "").split(/[\s,]+/).filter(Boolean));
const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

const schema = z.object({
  CORPUS_DIR: z.string().trim().min(1).default("corpus"),
  DATA_DIR: z.string().trim().min(1).default("data"),
  INDEX_DIR: optional,
  FEEDBACK_FILE: optional,
  FEEDBACK_STORE: z.enum(["file", "redis"]).default("file"),
  STATE_URL: z
    .string()
    .trim()
    .url("must be a URL like redis://host:6379")
    .refine(
      (value) => /^rediss?:\/\/[^/]/.test(value),
      "must start with redis:// or rediss:// and name a host",
    )
    .optional(),
  QUESTION_LOG_FILE: optional,
  QUESTION_LOG_RETENTION_DAYS: int(90, 0),
  QUESTION_LOG_RAW_USERS: z.enum(["true", "false"], { message: "must be true or false" }).default("false"),
  SOURCES_FILE: optional,
  CHANNEL_SETTINGS_FILE: optional,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MAX_QUESTION_CHARS: int(500, 20),
  OWN_PUBLISHER: optional,
  RATE_LIMIT_PER_USER: int(6, 1),
  RATE_LIMIT_PER_GUILD: int(30, 1),
  RATE_LIMIT_WINDOW_SECONDS: int(60, 1),
  INGEST_INTERVAL: z
    .string()
    .trim()
    .regex(/^\d+(s|m|h)$/, "must look like 30m, 2h or 90s")
    .optional(),
  SOURCE_TIMEOUT_SECONDS: int(15, 1),
  SOURCE_RETRIES: int(3, 0),
  SOURCE_MAX_MB: int(16, 1),
  WORDPRESS_MAX_PAGES: int(50, 1),

  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: z.string().trim().startsWith("xapp-", "must start with xapp-").optional(),
  SLACK_SIGNING_SECRET: optional,
  SLACK_API_URL: z.string().trim().url().optional(),
  SLACK_ADMIN_USERS: list,
  PORT: int(3000, 0),
  HEALTH_PORT: z.coerce.number().int().min(0).max(65535).optional(),

  DISCORD_BOT_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional,
  DISCORD_API_URL: z.string().trim().url().optional(),
  DISCORD_GUILD_ID: optional,
  DISCORD_ADMIN_USERS: list,
  DISCORD_SHARDS: z
    .string()
    .trim()
    .regex(/^(auto|[1-9]\d*)$/, "must be auto or a whole number of shards (1 or more)")
    .optional(),
  DISCORD_MESSAGE_CONTENT: z.enum(["true", "false"], { message: "must be true or false" }).default("false"),

  REPORT_SLACK_CHANNEL: optional,
  REPORT_DISCORD_CHANNEL: optional,
  REPORT_SCHEDULE: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^(sun|mon|tue|wed|thu|fri|sat)\s+([01]\d|2[0-3]):[0-5]\d$/,
      "must look like 'mon 09:00' (a weekday and a UTC time)",
    )
    .default("mon 09:00"),

  EMBEDDINGS: z.enum(["local", "openai"]).default("local"),
  ANSWERS: z.enum(["extractive", "openai"]).default("extractive"),
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: z.string().trim().url().optional(),
  OPENAI_EMBEDDINGS_MODEL: z.string().trim().min(1).default("text-embedding-3-small"),
  OPENAI_EMBEDDINGS_DIMENSIONS: z.coerce.number().int().min(1).optional(),
  OPENAI_CHAT_MODEL: z.string().trim().min(1).default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: int(20000, 100),
  OPENAI_MAX_RETRIES: int(2, 0),
});

/** Every environment variable the program reads (docs and `.env.example` are checked against it). */
export const ENV_VARIABLES: readonly string[] = Object.keys(schema.shape);

/**
 * Paths are absolute: relative ones are resolved once, at load, against the working directory the process
 * started in, so a later chdir cannot move the index. INDEX_DIR and FEEDBACK_FILE default to DATA_DIR/index
 * and DATA_DIR/feedback.jsonl.
 */
export interface Config {
  corpusDir: string;
  dataDir: string;
  indexDir: string;
  feedbackFile: string;
  /** Where 👍/👎 records go: the JSONL file (default) or the shared Redis list (needs STATE_URL). */
  feedbackStore: "file" | "redis";
  /**
   * Shared state for several replicas (STATE_URL): `url` holds any password, so log `display` only, the URL
   * with the password replaced by "***".
   */
  state: { url: string; display: string } | undefined;
  /**
   * The question log (QUESTION_LOG_*): default beside the feedback file; entries kept `retentionDays`
   * (0: nothing is logged); user ids hashed unless `rawUsers`.
   */
  questionLog: { file: string; retentionDays: number; rawUsers: boolean };
  sourcesFile: string | undefined;
  /**
   * Per-channel settings (issue 17): `seedFile` is CHANNEL_SETTINGS_FILE (JSON, read at start-up); chat edits
   * are saved in `file`, `channel-settings.json` beside the index folder, and win over the seed per channel.
   */
  channelSettings: { seedFile: string | undefined; file: string };
  logLevel: string;
  maxQuestionChars: number;
  /** The newsroom's own publisher name: its copy of a story is the one cited (OWN_PUBLISHER). */
  ownPublisher: string | undefined;
  rateLimit: { perUser: number; perGuild: number; windowSeconds: number };
  /** Background sync interval in milliseconds, when INGEST_INTERVAL is set. */
  ingestIntervalMs: number | undefined;
  /** Fetching WordPress sites and feeds: per-request timeout, retries, response size cap. */
  sourceFetch: { timeoutMs: number; retries: number; maxBytes: number };
  /** WordPress pages (of 100 posts) fetched per site and run. */
  wordpressMaxPages: number;
  slack:
    | {
        botToken: string;
        appToken: string | undefined;
        signingSecret: string | undefined;
        apiUrl: string | undefined;
        port: number;
        adminUsers: string[];
      }
    | undefined;
  /** A port for a stand-alone `GET /healthz` server (Socket Mode, Discord); Slack HTTP mode serves it on PORT. */
  healthPort: number | undefined;
  discord:
    | {
        token: string;
        applicationId: string;
        apiUrl: string | undefined;
        guildId: string | undefined;
        adminUsers: string[];
        /**
         * DISCORD_SHARDS: run the Discord side as this many shard processes under discord.js's
         * ShardingManager ("auto": the count Discord recommends); unset: one client in this process.
         */
        shards?: "auto" | number;
        /**
         * Ask for the privileged MessageContent intent (DISCORD_MESSAGE_CONTENT=true, also to be enabled in the
         * Developer Portal): auto channels and forums, and follow-up replies that do not ping the bot, need it.
         */
        messageContent?: boolean;
      }
    | undefined;
  /**
   * The opt-in weekly summary (`newsroom-qa report`, text, the last 7 days) posted to an admin channel on each
   * platform that has one (REPORT_SLACK_CHANNEL, REPORT_DISCORD_CHANNEL), at `weekday` (0 = Sunday) and
   * `hour`:`minute` UTC (REPORT_SCHEDULE, default "mon 09:00"). Undefined when no channel is set.
   */
  weeklyReport:
    | { slackChannel?: string; discordChannel?: string; weekday: number; hour: number; minute: number }
    | undefined;
  embeddings: "local" | "openai";
  answers: "extractive" | "openai";
  openai: {
    apiKey: string | undefined;
    baseUrl: string | undefined;
    embeddingsModel: string;
    /** Requested vector size (text-embedding-3 models only); unset = the model's own size. */
    embeddingsDimensions: number | undefined;
    chatModel: string;
    timeoutMs: number;
    maxRetries: number;
  };
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

function toMs(interval: string | undefined): number | undefined {
  if (!interval) return undefined;
  const value = Number.parseInt(interval, 10);
  const unit = interval.slice(-1);
  return value * (unit === "h" ? 3_600_000 : unit === "m" ? 60_000 : 1000);
}

/** Problems between variables, read from the raw values so they are found even when a format is wrong. */
function crossFieldProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const has = (name: string) => env[name] !== undefined;
  if (has("SLACK_BOT_TOKEN") || has("SLACK_APP_TOKEN") || has("SLACK_SIGNING_SECRET")) {
    if (!has("SLACK_BOT_TOKEN"))
      problems.push("SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set");
    if (!has("SLACK_APP_TOKEN") && !has("SLACK_SIGNING_SECRET"))
      problems.push(
        "SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode): one is required with SLACK_BOT_TOKEN",
      );
  }
  if (has("DISCORD_BOT_TOKEN") !== has("DISCORD_APPLICATION_ID")) {
    problems.push(
      has("DISCORD_BOT_TOKEN")
        ? "DISCORD_APPLICATION_ID: required when DISCORD_BOT_TOKEN is set"
        : "DISCORD_BOT_TOKEN: required when DISCORD_APPLICATION_ID is set",
    );
  }
  if (has("DISCORD_SHARDS") && !has("DISCORD_BOT_TOKEN")) {
    problems.push(
      "DISCORD_SHARDS: shards the Discord bot, so it needs DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID",
    );
  }
  if (env.FEEDBACK_STORE === "redis" && !has("STATE_URL")) {
    problems.push("STATE_URL: required when FEEDBACK_STORE=redis");
  }
  if ((env.EMBEDDINGS === "openai" || env.ANSWERS === "openai") && !has("OPENAI_API_KEY")) {
    problems.push("OPENAI_API_KEY: required when EMBEDDINGS=openai or ANSWERS=openai");
  }
  return problems;
}

/**
 * Reads `env` (pass process.env); empty strings count as unset. Throws ConfigError listing every problem,
 * format and cross-field ones together. Relative paths are resolved against `cwd` (default: the process's).
 */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Readonly<Config> {
  const cleaned = Object.fromEntries(
    Object.entries(env)
      .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== "")
      .map(([name, value]) => [name, value.trim()]),
  );
  const parsed = schema.safeParse(cleaned);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)),
    ...crossFieldProblems(cleaned),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;

  const slack: Config["slack"] =
    e.SLACK_BOT_TOKEN && (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET)
      ? {
          botToken: e.SLACK_BOT_TOKEN,
          appToken: e.SLACK_APP_TOKEN,
          signingSecret: e.SLACK_SIGNING_SECRET,
          apiUrl: e.SLACK_API_URL,
          port: e.PORT,
          adminUsers: e.SLACK_ADMIN_USERS,
        }
      : undefined;
  const discord: Config["discord"] =
    e.DISCORD_BOT_TOKEN && e.DISCORD_APPLICATION_ID
      ? {
          token: e.DISCORD_BOT_TOKEN,
          applicationId: e.DISCORD_APPLICATION_ID,
          apiUrl: e.DISCORD_API_URL,
          guildId: e.DISCORD_GUILD_ID,
          adminUsers: e.DISCORD_ADMIN_USERS,
          shards:
            e.DISCORD_SHARDS === undefined || e.DISCORD_SHARDS === "auto"
              ? e.DISCORD_SHARDS
              : Number(e.DISCORD_SHARDS),
          messageContent: e.DISCORD_MESSAGE_CONTENT === "true",
        }
      : undefined;
  const [day = "mon", time = "09:00"] = e.REPORT_SCHEDULE.split(/\s+/);
  const weeklyReport: Config["weeklyReport"] =
    e.REPORT_SLACK_CHANNEL || e.REPORT_DISCORD_CHANNEL
      ? {
          ...(e.REPORT_SLACK_CHANNEL ? { slackChannel: e.REPORT_SLACK_CHANNEL } : {}),
          ...(e.REPORT_DISCORD_CHANNEL ? { discordChannel: e.REPORT_DISCORD_CHANNEL } : {}),
          weekday: WEEKDAYS.indexOf(day),
          hour: Number(time.slice(0, 2)),
          minute: Number(time.slice(3, 5)),
        }
      : undefined;
  const path = (value: string) => (isAbsolute(value) ? value : resolve(cwd, value));
  const dataDir = path(e.DATA_DIR);
  const feedbackFile = e.FEEDBACK_FILE ? path(e.FEEDBACK_FILE) : join(dataDir, "feedback.jsonl");
  const indexDir = e.INDEX_DIR ? path(e.INDEX_DIR) : join(dataDir, "index");

  return Object.freeze({
    corpusDir: path(e.CORPUS_DIR),
    dataDir,
    indexDir,
    feedbackFile,
    feedbackStore: e.FEEDBACK_STORE,
    state: e.STATE_URL ? { url: e.STATE_URL, display: hidePassword(e.STATE_URL) } : undefined,
    questionLog: {
      file: e.QUESTION_LOG_FILE ? path(e.QUESTION_LOG_FILE) : join(dirname(feedbackFile), "questions.jsonl"),
      retentionDays: e.QUESTION_LOG_RETENTION_DAYS,
      rawUsers: e.QUESTION_LOG_RAW_USERS === "true",
    },
    sourcesFile: e.SOURCES_FILE ? path(e.SOURCES_FILE) : undefined,
    channelSettings: {
      seedFile: e.CHANNEL_SETTINGS_FILE ? path(e.CHANNEL_SETTINGS_FILE) : undefined,
      file: join(dirname(indexDir), "channel-settings.json"),
    },
    logLevel: e.LOG_LEVEL,
    maxQuestionChars: e.MAX_QUESTION_CHARS,
    ownPublisher: e.OWN_PUBLISHER,
    rateLimit: {
      perUser: e.RATE_LIMIT_PER_USER,
      perGuild: e.RATE_LIMIT_PER_GUILD,
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
    },
    ingestIntervalMs: toMs(e.INGEST_INTERVAL),
    sourceFetch: {
      timeoutMs: e.SOURCE_TIMEOUT_SECONDS * 1000,
      retries: e.SOURCE_RETRIES,
      maxBytes: e.SOURCE_MAX_MB * 1024 * 1024,
    },
    wordpressMaxPages: e.WORDPRESS_MAX_PAGES,
    slack,
    healthPort: e.HEALTH_PORT,
    discord,
    weeklyReport,
    embeddings: e.EMBEDDINGS,
    answers: e.ANSWERS,
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseUrl: e.OPENAI_BASE_URL,
      embeddingsModel: e.OPENAI_EMBEDDINGS_MODEL,
      embeddingsDimensions: e.OPENAI_EMBEDDINGS_DIMENSIONS,
      chatModel: e.OPENAI_CHAT_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
      maxRetries: e.OPENAI_MAX_RETRIES,
    },
  });
}

/** A URL with its password (and a lone user name, which Redis may take as one) replaced by "***". */
export function hidePassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  else if (parsed.username) parsed.username = "***";
  return parsed.toString();
}

/** Which platforms the config turns on, for the start-up line. */
export function enabledPlatforms(config: Config): string[] {
  const on: string[] = [];
  if (config.slack) on.push(config.slack.appToken ? "slack (socket mode)" : "slack (http mode)");
  const shards = config.discord?.shards;
  if (config.discord) on.push(shards === undefined ? "discord" : `discord (${shards} shards)`);
  return on;
}
