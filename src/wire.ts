/** Composition root: the one place that picks concrete pieces (index, embedder, answerer, platforms) and wires them. */
import { dirname, extname, join, resolve } from "node:path";
import { createLocalState } from "./adapters/chat/local-state";
import type { Platform, PlatformDeps } from "./adapters/platform";
import type { FetchPolicy } from "./articles/remote/fetch-with-retry";
import type { SourceSpec } from "./articles/source-spec";
import { FileChannelSettings } from "./channels/file-channel-settings";
import type { Config } from "./config";
import type { Answerer } from "./core/answerer";
import type { Archive } from "./core/archive";
import { createExtractiveAnswerer } from "./core/extractive-answerer";
import { createLiveArchive, type LiveArchive } from "./core/live-archive";
import type { StateStore } from "./core/state-store";
import type { IngestProgress, IngestSummary } from "./core/types";
import type { EmbedderChoice } from "./embedders/embedder-identity";
import { LOCAL_EMBEDDER, LocalEmbeddings } from "./embedders/local-embedder";
import { wordVectors } from "./embedders/word-vectors";
import { IngestBusyError, loggableError, PlatformStartError, SharedStateUnavailableError } from "./errors";
import { createJsonlFeedbackStore, type FeedbackStore } from "./feedback/feedback-store";
import type { QuestionLog } from "./feedback/question-log";
import { createJsonlQuestionLog } from "./feedback/question-log-store";
import { healthReport } from "./health/health-report";
import { type HealthServer, startHealthServer } from "./health/health-server";
import { openRetriever } from "./index/search/open-retriever";
import { readCurrentVersion } from "./index/store/index-layout";
import type { Logger } from "./logger";
import type { ReportTarget, Timers, WeeklyReport } from "./report/weekly-report";
import { createFallbackStateStore } from "./state/fallback-state-store";
import type { RedisState } from "./state/redis-state-store";
import { SharedLockBusy, SharedLockUnavailable, withSharedLock } from "./state/shared-lock";
import type { SyncSchedule } from "./sync/schedule";

/*
 * Pieces a command may not need are required where they are used, not imported above: the platform SDKs
 * (discord.js, @slack/bolt), the OpenAI client, and the ingest and source-sync code (zod, the file loaders).
 * So `ask` loads the index and the core only, and `start` loads only the platforms it is configured for.
 * `typeof import(…)` keeps them typed.
 */
const lazy = {
  discord: () =>
    require("./adapters/discord/create-discord-platform") as typeof import("./adapters/discord/create-discord-platform"),
  discordShards: () =>
    require("./adapters/discord/create-sharded-discord") as typeof import("./adapters/discord/create-sharded-discord"),
  slack: () =>
    require("./adapters/slack/create-slack-platform") as typeof import("./adapters/slack/create-slack-platform"),
  openaiAnswerer: () => require("./openai/openai-answerer") as typeof import("./openai/openai-answerer"),
  openaiEmbedder: () => require("./openai/openai-embedder") as typeof import("./openai/openai-embedder"),
  ensureIndex: () => require("./sync/ensure-index") as typeof import("./sync/ensure-index"),
  schedule: () => require("./sync/schedule") as typeof import("./sync/schedule"),
  weeklyReport: () => require("./report/weekly-report") as typeof import("./report/weekly-report"),
  sourcesConfig: () => require("./sync/sources-config") as typeof import("./sync/sources-config"),
  syncSources: () => require("./sync/sync-sources") as typeof import("./sync/sync-sources"),
  redisState: () => require("./state/redis-state-store") as typeof import("./state/redis-state-store"),
};

/**
 * The configured embedder; the same one must build and query an index. OpenAI vectors are cached beside
 * the index (`<INDEX_DIR>/../embedding-cache/`), so a re-ingest never pays twice for an unchanged chunk.
 */
export function createEmbedder(config: Readonly<Config>): EmbedderChoice {
  if (config.embeddings === "openai") {
    return lazy.openaiEmbedder().createOpenAIEmbedder({
      openai: config.openai,
      cacheDir: join(dirname(resolve(config.indexDir)), "embedding-cache"),
    });
  }
  return { embeddings: new LocalEmbeddings(), identity: LOCAL_EMBEDDER };
}

export function createAnswerer(config: Readonly<Config>, logger: Logger): Answerer {
  if (config.answers === "openai")
    return lazy.openaiAnswerer().createOpenAIAnswerer({ openai: config.openai, logger });
  return createExtractiveAnswerer();
}

export interface IngestRequest {
  corpusDir?: string;
  indexDir?: string;
  full?: boolean;
  onProgress?: (progress: IngestProgress) => void;
  /** A sources config file; default SOURCES_FILE. */
  sourcesFile?: string;
  /** WordPress sites and feeds to sync besides the configured sources (`--wordpress`, `--feed`). */
  sources?: SourceSpec[];
  /** ISO instant: WordPress sources fetch only posts modified after it. */
  since?: string;
  /** Fetch policy overrides (tests inject short waits). */
  fetch?: Partial<FetchPolicy>;
}

/**
 * Runs one ingest into the configured (or given) index: of the sources config when there is one (or
 * sources are given), else of the corpus folder as the one source. Every ingest takes this path.
 */
export async function runIngest(
  config: Readonly<Config>,
  logger: Logger,
  request: IngestRequest = {},
): Promise<IngestSummary> {
  const embedder = createEmbedder(config);
  const corpusDir = request.corpusDir ?? config.corpusDir;
  const sources = await lazy.sourcesConfig().resolveSources({
    sourcesFile: request.sourcesFile ?? config.sourcesFile,
    corpusDir,
    extraFolder: request.corpusDir,
    extra: request.sources,
  });
  return lazy.syncSources().ingestSources({
    sources,
    indexDir: request.indexDir ?? config.indexDir,
    embeddings: embedder.embeddings,
    embedder: embedder.identity,
    logger,
    onProgress: request.onProgress,
    full: request.full,
    since: request.since,
    maxPages: config.wordpressMaxPages,
    fetch: { ...config.sourceFetch, ...request.fetch },
  });
}

/**
 * The archive over the configured index; re-ingest syncs the configured sources (else reads the corpus).
 * With a shared state store (`replicaLock`: Redis itself, never the local fallback), a re-ingest also holds the
 * replicas' shared lock, so two replicas never ingest at once; the other gets the usual "busy" answer. While
 * that store does not answer, a re-ingest is refused (SharedStateUnavailableError); questions are still answered.
 */
export function createArchive(
  config: Readonly<Config>,
  logger: Logger,
  replicaLock?: StateStore,
): LiveArchive {
  const embedder = createEmbedder(config);
  const ingest = (onProgress?: (progress: IngestProgress) => void) =>
    runIngest(config, logger, { onProgress });
  return createLiveArchive({
    openRetriever: () => openRetriever(config.indexDir, embedder, logger),
    liveVersion: () => readCurrentVersion(config.indexDir),
    ingest: replicaLock
      ? (onProgress) =>
          withSharedLock(replicaLock, "lock:ingest", () => ingest(onProgress)).catch((error: unknown) => {
            if (error instanceof SharedLockBusy) throw new IngestBusyError("another replica is ingesting");
            if (error instanceof SharedLockUnavailable)
              throw new SharedStateUnavailableError({ cause: error });
            throw error;
          })
      : ingest,
    answerer: createAnswerer(config, logger),
    maxQuestionChars: config.maxQuestionChars,
    ownPublisher: config.ownPublisher,
    logger,
  });
}

/** The configured question log (QUESTION_LOG_FILE, …_RETENTION_DAYS, …_RAW_USERS). */
export function createQuestionLog(config: Readonly<Config>): QuestionLog {
  return createJsonlQuestionLog(config.questionLog);
}

/** How often a running bot prunes the question log past its retention (it also prunes at start). */
export const QUESTION_LOG_PRUNE_MS = 24 * 60 * 60 * 1000;

export interface App {
  archive: Archive;
  platforms: Platform[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The port of the stand-alone `/healthz` server (HEALTH_PORT) once started. */
  healthPort(): number | undefined;
}

/**
 * The state the adapters share: this process's memory, or with STATE_URL Redis, falling back to memory while
 * Redis is away. `redis` is what start() connects and stop() closes.
 */
function createState(config: Readonly<Config>, logger: Logger): { state: StateStore; redis?: RedisState } {
  const local = createLocalState();
  if (!config.state) return { state: local };
  const redis = lazy.redisState().createRedisState({ url: config.state.url });
  const log = logger.child({ state: config.state.display });
  redis.onStatus((status, error) => {
    if (status === "down") log.warn(loggableError(error), "lost the connection to Redis; reconnecting");
    else log.info("connected to Redis");
  });
  return { state: createFallbackStateStore({ shared: redis.store, local, logger: log }), redis };
}

/** FEEDBACK_STORE=redis: the shared list, and the JSONL file for a vote Redis cannot take (nothing is lost). */
function createFeedback(config: Readonly<Config>, logger: Logger, redis?: RedisState): FeedbackStore {
  const file = createJsonlFeedbackStore(config.feedbackFile);
  if (config.feedbackStore !== "redis" || !redis) return file;
  return {
    async record(entry) {
      try {
        await redis.feedback.record(entry);
      } catch (error) {
        logger.warn(
          { ...loggableError(error), file: config.feedbackFile },
          "Redis took no vote: written to the file",
        );
        await file.record(entry);
      }
    },
    async readAll() {
      return [...(await redis.feedback.readAll()), ...(await file.readAll())];
    },
  };
}

/**
 * The configured feedback store for reading and writing outside the bot (`npm run feedback`): connects to
 * Redis when FEEDBACK_STORE=redis. `where` names it for the summary (the URL without its password).
 */
export async function openFeedback(
  config: Readonly<Config>,
  logger: Logger,
): Promise<{ store: FeedbackStore; where: string; close(): Promise<void> }> {
  if (config.feedbackStore !== "redis" || !config.state) {
    return {
      store: createJsonlFeedbackStore(config.feedbackFile),
      where: config.feedbackFile,
      close: async () => {},
    };
  }
  const redis = lazy.redisState().createRedisState({ url: config.state.url });
  await redis.connect().catch((error: unknown) => {
    throw new PlatformStartError(
      "Redis (STATE_URL)",
      `${config.state?.display}: ${(error as Error).message}`,
    );
  });
  return {
    store: createFeedback(config, logger, redis),
    where: `${config.state.display} and ${config.feedbackFile}`,
    close: () => redis.close(),
  };
}

/** `doctor`'s check of CHANNEL_SETTINGS_FILE and the saved settings: both read and valid (errors name the field). */
export async function checkChannelSettingsFiles(config: Readonly<Config>): Promise<string> {
  await new FileChannelSettings(config.channelSettings).load();
  return `${config.channelSettings.seedFile} and ${config.channelSettings.file}: valid`;
}

/** `doctor`'s check of STATE_URL: connects and writes one short-lived key. The URL shown hides its password. */
export async function checkStateStore(config: Readonly<Config>): Promise<string> {
  if (!config.state) return "memory";
  const display = config.state.display;
  const redis = lazy.redisState().createRedisState({ url: config.state.url });
  try {
    await redis.connect();
    await redis.store.claim(`doctor:${process.pid}:${Date.now()}`, 1000);
    return `${display}: reachable, writes a key`;
  } catch (error) {
    throw new Error(`${display}: ${(error as Error).message}`);
  } finally {
    await redis.close().catch(() => undefined);
  }
}

/** The shard entry the ShardingManager forks: beside this file (dist/*.js built, src/*.ts under tsx). */
const DISCORD_SHARD_ENTRY = join(__dirname, `discord-shard${extname(__filename)}`);

/**
 * What a Discord shard process runs of the configuration: its Discord client only. Slack (one HTTP port or
 * one Socket Mode connection), the health server, the sync schedule and pruning stay in the parent.
 */
function shardConfig(config: Readonly<Config>): Readonly<Config> {
  return Object.freeze({
    ...config,
    slack: undefined,
    healthPort: undefined,
    ingestIntervalMs: undefined,
    weeklyReport: undefined,
    discord: config.discord && { ...config.discord, shards: undefined },
  });
}

/** Discord as one client in this process, or with DISCORD_SHARDS as a ShardingManager over shard processes. */
function createDiscord(discord: NonNullable<Config["discord"]>, deps: PlatformDeps): Platform {
  if (discord.shards === undefined) return lazy.discord().createDiscordPlatform({ discord, deps });
  return lazy.discordShards().createShardedDiscord({
    discord,
    shardFile: DISCORD_SHARD_ENTRY,
    // The parent's Node options, so a run under tsx (npm run dev) forks its shards under tsx too.
    execArgv: process.execArgv,
    logger: deps.logger,
  });
}

/**
 * Where the weekly report goes (REPORT_SLACK_CHANNEL, REPORT_DISCORD_CHANNEL): each configured channel on a
 * platform that runs; a channel for a platform that is not configured is logged and skipped.
 */
function reportTargets(config: Readonly<Config>, platforms: Platform[], logger: Logger): ReportTarget[] {
  const wanted = [
    { platform: "slack", channel: config.weeklyReport?.slackChannel },
    { platform: "discord", channel: config.weeklyReport?.discordChannel },
  ];
  const targets: ReportTarget[] = [];
  for (const { platform: name, channel } of wanted) {
    if (!channel) continue;
    const platform = platforms.find((candidate) => candidate.name === name);
    const postText = platform?.postText?.bind(platform);
    if (!postText) {
      logger.warn({ platform: name }, "weekly report channel set for a platform that is not configured");
      continue;
    }
    targets.push({ name: `${name} ${channel}`, post: (text) => postText(channel, text) });
  }
  return targets;
}

/**
 * Builds the archive and every platform the config enables; `overrides.archive` lets tests inject a fake,
 * `overrides.clock` the weekly report's clock and timers. `role: "discord-shard"`: a shard process under
 * DISCORD_SHARDS (discord-shard.ts), see shardConfig.
 */
export async function createApp(
  fullConfig: Readonly<Config>,
  logger: Logger,
  overrides: {
    archive?: Archive;
    role?: "all" | "discord-shard";
    clock?: { now: () => Date; timers: Timers };
  } = {},
): Promise<App> {
  const shard = overrides.role === "discord-shard";
  const config = shard ? shardConfig(fullConfig) : fullConfig;
  const { state, redis } = createState(config, logger);
  // The lock asks Redis itself: the fallback's local memory would let every replica take it while Redis is away.
  const live = overrides.archive ? undefined : createArchive(config, logger, redis?.store);
  const archive = overrides.archive ?? (live as LiveArchive);
  const platforms: Platform[] = [];
  const questionLog = createQuestionLog(config);
  const channelSettings = new FileChannelSettings(config.channelSettings);
  const prune = () =>
    questionLog
      .prune()
      .then((dropped) => {
        if (dropped > 0) logger.info({ dropped }, "question log pruned");
      })
      .catch((error: unknown) => logger.warn({ error: String(error) }, "could not prune the question log"));
  // An injected archive counts as loaded: only the live one has versions to report.
  const health = () => healthReport({ indexVersion: live ? live.loadedVersion() : "injected", platforms });
  const deps: PlatformDeps = {
    archive,
    health,
    feedback: createFeedback(config, logger, redis),
    state,
    questionLog,
    channelSettings,
    logger,
    maxQuestionChars: config.maxQuestionChars,
    rateLimit: config.rateLimit,
  };
  // Platform adapters register here, one line each.
  if (config.discord) platforms.push(createDiscord(config.discord, deps));
  if (config.slack) platforms.push(lazy.slack().createSlackPlatform({ slack: config.slack, deps }));

  let schedule: SyncSchedule | undefined;
  let weekly: WeeklyReport | undefined;
  let healthServer: HealthServer | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;
  return {
    archive,
    platforms,
    healthPort: () => healthServer?.port,
    async start() {
      // First, so a probe sees "unavailable" (503) while the index loads and platforms connect.
      if (config.healthPort !== undefined && !healthServer) {
        healthServer = await startHealthServer(config.healthPort, health);
      }
      // An unreachable Redis at start is a configuration problem: say so before connecting anywhere.
      if (redis && config.state) {
        const display = config.state.display;
        await redis.connect().catch((error: unknown) => {
          throw new PlatformStartError("Redis (STATE_URL)", `${display}: ${(error as Error).message}`, {
            cause: error,
          });
        });
      }
      // A broken sources config is a start-up error, not a string of failed background syncs.
      if (config.sourcesFile) await lazy.sourcesConfig().readSourcesConfig(config.sourcesFile);
      // So is a bad CHANNEL_SETTINGS_FILE (or a damaged saved file): the error names the file and field.
      await channelSettings.load();
      if (!pruneTimer && !shard) {
        await prune();
        pruneTimer = setInterval(prune, QUESTION_LOG_PRUNE_MS);
        pruneTimer.unref();
      }
      if (live) {
        // With a sync schedule the bot can build its own first index; otherwise fail before connecting
        // anywhere when there is no usable index (the error says how to build one).
        await lazy.ensureIndex().ensureIndex(config, {
          // Only a sync schedule lets the bot build its own first index (see ensure-index.ts).
          explicitIndex: true,
          build: () => live.reingest(),
          onBuild: (reason) => logger.info({ indexDir: config.indexDir }, reason),
        });
        // The whole word-vector table (≈ 0.1–0.3 s, 42 MB): a serving process's word lookups then read memory,
        // not a few bytes of the file for each word it has not met (word-vectors.ts).
        wordVectors();
        await live.retriever();
      }
      for (const platform of platforms) await platform.start();
      if (config.weeklyReport && !weekly) {
        const targets = reportTargets(config, platforms, logger);
        if (targets.length > 0) {
          weekly = lazy.weeklyReport().startWeeklyReport({
            at: config.weeklyReport,
            read: async () => ({
              questions: await questionLog.readAll(),
              votes: await deps.feedback.readAll(),
            }),
            targets,
            logger,
            ...overrides.clock,
          });
        }
      }
      if (config.ingestIntervalMs && !schedule) {
        schedule = lazy.schedule().startSyncSchedule({
          intervalMs: config.ingestIntervalMs,
          run: () => archive.reingest(),
          logger,
        });
      }
    },
    async stop() {
      clearInterval(pruneTimer);
      pruneTimer = undefined;
      await schedule?.stop();
      schedule = undefined;
      await weekly?.stop();
      weekly = undefined;
      await healthServer?.close();
      healthServer = undefined;
      for (const platform of [...platforms].reverse()) {
        await platform
          .stop()
          // The message only: library errors can carry request URLs with tokens in them.
          .catch((error: unknown) =>
            logger.warn({ platform: platform.name, error: String(error) }, "stop failed"),
          );
      }
      await redis
        ?.close()
        .catch((error: unknown) => logger.warn(loggableError(error), "closing Redis failed"));
    },
  };
}

/**
 * The process shells' shutdown (main.ts, discord-shard.ts): on the first of `events` (process signals, or
 * "disconnect" when a parent's IPC channel closes), logs `message`, stops the app once, and exits 0.
 */
export function exitWhenStopped(
  app: App,
  logger: Logger,
  message: string,
  events: { event: string; reason: string }[],
): void {
  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, message);
    await app.stop();
    process.exit(0);
  };
  for (const { event, reason } of events) process.on(event, () => void stop(reason));
}
