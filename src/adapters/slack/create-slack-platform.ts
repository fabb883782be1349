/** The Slack adapter: a Bolt app in Socket Mode (app token) or HTTP mode (signing secret) over the Archive port. */
import type { Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type webApi } from "@slack/bolt";
import type { Config } from "../../config";
import { MemoryChannelSettings } from "../../core/channels/channel-settings";
import { loggableError, PlatformStartError } from "../../errors";
import { writeHealth } from "../../health/health-report";
import { createAnswerMemory } from "../chat/answer-memory";
import { createLocalState } from "../chat/local-state";
import { createQuestionGate } from "../chat/question-gate";
import { splitLines } from "../chat/split-lines";
import type { Platform, PlatformDeps } from "../platform";
import { createBoltLogger } from "./bolt-logger";
import { registerAskCommand } from "./commands/ask";
import { registerConfigCommand } from "./commands/config";
import { registerReingestCommand } from "./commands/reingest";
import { dedupeEvents } from "./dedupe-events";
import { describeStartFailure } from "./describe-start-failure";
import { escapeText } from "./escape";
import { handleAnswerButtons } from "./handle-answer-buttons";
import { handleHandOff } from "./handle-hand-off";
import { handleMessage } from "./handle-message";
import { createQuestionFlow } from "./question-flow";
import { createThreadMemory } from "./thread-memory";

/** Per Web API request; responses to response_url get the same bound. */
const REQUEST_TIMEOUT_MS = 10_000;

export interface SlackPlatformOptions {
  slack: NonNullable<Config["slack"]>;
  deps: PlatformDeps;
  /** Bound on one archive.ask before the asker gets an apology (default 60 s). */
  askTimeoutMs?: number;
}

export interface SlackPlatform extends Platform {
  readonly app: App;
  /** The HTTP port in HTTP mode once started (useful with port 0); undefined in Socket Mode. */
  port(): number | undefined;
}

export function createSlackPlatform(options: SlackPlatformOptions): SlackPlatform {
  const { slack, deps } = options;
  const logger = deps.logger.child({ platform: "slack" });
  const socketMode = slack.appToken !== undefined;
  const clientOptions = buildClientOptions(slack.apiUrl);
  const app = new App({
    token: slack.botToken,
    ...(socketMode
      ? // The Socket Mode client's own WebClient (apps.connections.open) reads installerOptions.clientOptions only.
        { socketMode: true, appToken: slack.appToken, installerOptions: { clientOptions } }
      : { signingSecret: slack.signingSecret, port: slack.port, customRoutes: healthRoute(deps) }),
    clientOptions,
    logger: createBoltLogger(logger),
    // auth.test runs in start(), so a bad token or unreachable Slack rejects start() instead of floating.
    deferInitialization: true,
  });

  const state = deps.state ?? createLocalState();
  const answers = createAnswerMemory(state);
  // wire.ts passes the file-backed store; without one, settings made with /newsroom-config last until a restart.
  const channelSettings = deps.channelSettings ?? new MemoryChannelSettings();
  const flow = createQuestionFlow({
    archive: deps.archive,
    answers,
    gate: createQuestionGate({ ...deps, state }),
    askTimeoutMs: options.askTimeoutMs ?? 60_000,
    questionLog: deps.questionLog,
    channelSettings,
  });
  app.use(dedupeEvents(state, logger));
  // The completion mark: once listeners are done, whatever the event led to (or not) is done too.
  app.use(async ({ body, next }) => {
    await next();
    const { event_id: eventId, event } = body as { event_id?: string; event?: { ts?: string } };
    if (eventId) logger.debug({ eventId, ts: event?.ts }, "event handled");
  });
  handleMessage(app, {
    flow,
    memory: createThreadMemory(state),
    state,
    logger,
    channelSettings,
  });
  registerAskCommand(app, { flow, logger });
  handleAnswerButtons(app, { answers, feedback: deps.feedback, logger });
  registerReingestCommand(app, { archive: deps.archive, adminUsers: slack.adminUsers, logger });
  registerConfigCommand(app, { store: channelSettings, adminUsers: slack.adminUsers, logger });
  handleHandOff(app, { answers, state, channelSettings, questionLog: deps.questionLog, logger });
  app.error(async (error) => {
    logger.error(loggableError(error), "unhandled Slack error");
  });

  let server: Server | undefined;
  let started = false;
  const port = () => (server?.address() as AddressInfo | null)?.port;
  return {
    name: "slack",
    app,
    async start() {
      // Which request failed and how, without the token: init calls auth.test, Socket Mode then opens a connection.
      const failed = (method: string) => (error: unknown) => {
        throw new PlatformStartError("Slack", describeStartFailure(error, method, slack.apiUrl), {
          cause: error,
        });
      };
      await app.init().catch(failed("auth.test"));
      const result = await app
        .start(...(socketMode ? [] : [slack.port]))
        .catch(failed(socketMode ? "apps.connections.open" : ""));
      if (!socketMode) server = result as Server;
      started = true;
      logger.info({ mode: socketMode ? "socket" : "http", port: port() }, "slack started");
    },
    async stop() {
      if (!started) return;
      started = false;
      await app.stop();
      server = undefined;
    },
    connected: () => started,
    port,
    async postText(channel, text) {
      // A code block keeps the report's columns; escaped, nothing in it can become a mention or a link.
      for (const part of splitLines(text, SLACK_TEXT_MAX)) {
        await app.client.chat.postMessage({
          channel,
          text: `\`\`\`\n${escapeText(part)}\n\`\`\``,
          unfurl_links: false,
          unfurl_media: false,
        });
      }
    },
  };
}

/** Slack truncates a message's text past 40,000 characters; escaping can triple `&<>`, so stay well below. */
const SLACK_TEXT_MAX = 12_000;

/** `GET /healthz` beside /slack/events (HTTP mode only: in Socket Mode Bolt would open a server for it). */
function healthRoute(deps: PlatformDeps) {
  const { health } = deps;
  if (!health) return [];
  return [
    {
      path: "/healthz",
      method: ["GET"],
      handler: (_: unknown, res: ServerResponse) => writeHealth(res, health()),
    },
  ];
}

function buildClientOptions(apiUrl: string | undefined): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    timeout: REQUEST_TIMEOUT_MS,
    // The library default retries for about 30 minutes; an answer that late is worse than an apology.
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 3000, randomize: true },
    // Bolt's respond() uses this fetch too and sets no timeout of its own.
    fetch: (url, init) =>
      fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
  };
}
