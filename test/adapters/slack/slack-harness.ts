/** Starts the real Slack platform against the fake Slack with a FakeArchive, and drives it like Slack would. */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSlackPlatform, type SlackPlatform } from "../../../src/adapters/slack/create-slack-platform";
import type { Archive } from "../../../src/core/archive";
import type { ChannelSettingsStore } from "../../../src/core/channels/channel-settings";
import { createJsonlFeedbackStore, type FeedbackStore } from "../../../src/feedback/feedback-store";
import type { QuestionLog } from "../../../src/feedback/question-log";
import { createJsonlQuestionLog } from "../../../src/feedback/question-log-store";
import { createLogger } from "../../../src/logger";
import { createFakeArchive, type FakeArchive, type FakeArticle } from "../../fakes/fake-archive";
import { type FakeSlack, type RecordedCall, startFakeSlack } from "../../fakes/fake-slack";
import appMention from "../../fixtures/slack/app-mention.json";
import blockActions from "../../fixtures/slack/block-actions.json";
import threadMessage from "../../fixtures/slack/message-channels-thread.json";
import messageIm from "../../fixtures/slack/message-im.json";
import slashCommand from "../../fixtures/slack/slash-command.json";

export const BOT_TOKEN = "xoxb-test-bot-token";
export const APP_TOKEN = "xapp-test-app-token";
export const CHANNEL = "C1NEWSROOM";
export const REPORTER = "U1REPORTER";
export const ADMIN = "U9ADMIN";

export const ARTICLES: FakeArticle[] = [
  {
    id: "budget-2024",
    title: "Council approves budget & new rates <after> debate",
    publisher: "The Harbour Herald",
    published: "2024-03-12",
    url: "https://news.example/2024/03/budget",
    text: "The city council approved the 2024 budget on 12 March after a four-hour debate. Rates rise by 3 per cent.",
  },
  {
    id: "harbour-bridge",
    title: "Harbour bridge closes for repairs",
    publisher: "The Harbour Herald",
    published: "2024-05-02",
    url: "https://news.example/2024/05/bridge",
    text: "The harbour bridge closed on 2 May for six weeks of repairs. Ferries run extra services.",
  },
  {
    id: "mayor-memo",
    title: "Mayor's memo on parking",
    publisher: "The Harbour Herald",
    published: "2024-06-01",
    url: "https://news.example/2024/06/memo",
    text: "<!everyone> @channel the mayor wrote to <@U999> in a memo on parking fines. Fines double in June.",
  },
];

/** The question `sentinel()` sends, as a DM from a user of its own (so the test asker's rate limit never applies). */
export const SENTINEL = {
  user: "U0SENTINEL",
  channel: "D0SENTINEL",
  question: "sentinel: what happened to the harbour bridge?",
};

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface SlackHarness {
  fake: FakeSlack;
  archive: FakeArchive;
  platform: SlackPlatform;
  feedback: FeedbackStore;
  /** The question log (hashed user ids), in the harness's temp folder. */
  questionLog: QuestionLog;
  logs: LogLine[];
  /** Raw log output, to check that no secret was written. */
  logText(): string;
  /** Pushes an app_mention; `text` is Slack-formatted (the bot mention is added in front). */
  mention(
    text: string,
    event?: Record<string, unknown>,
    envelope?: { eventId?: string; retry?: number },
  ): Promise<string>;
  dm(text: string, event?: Record<string, unknown>): Promise<string>;
  /** A top-level message in CHANNEL (message.channels), no mention; resolves with its ts. */
  channelMessage(
    text: string,
    event?: Record<string, unknown>,
    envelope?: { eventId?: string; retry?: number },
  ): Promise<string>;
  threadReply(text: string, threadTs: string, event?: Record<string, unknown>): Promise<string>;
  /** Resolves with the ack payload Bolt sent for the command. */
  command(
    name: string,
    text: string,
    fields?: Record<string, unknown>,
  ): Promise<{ text?: string; response_type?: string }>;
  click(actionId: string, value: string, fields?: Record<string, unknown>): Promise<void>;
  /**
   * Proves a negative without sleeping: sends one more event that IS answered (a DM, see SENTINEL) on the same
   * Socket Mode connection and resolves with its answer. Events are handled in the order they arrive, so by
   * then whatever an earlier event would have asked or posted is recorded too: assert on `archive.asked`
   * (the sentinel's question last) and the calls after this.
   */
  sentinel(): Promise<RecordedCall>;
  /** The questions the archive was asked, in order. */
  askedQuestions(): string[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  archive?: Archive & Partial<FakeArchive>;
  rateLimit?: { perUser: number; windowSeconds: number };
  maxQuestionChars?: number;
  askTimeoutMs?: number;
  /** Per-channel settings (issue 17: filters, auto mode, editors); default: the platform's own in-memory store. */
  channelSettings?: ChannelSettingsStore;
}

let tsCounter = 0;
/** Message timestamps from now on (a question is asked as of its message's time), unique per message. */
const TS_BASE = Math.floor(Date.now() / 1000);
export const nextTs = () => `${TS_BASE + ++tsCounter}.000${String(tsCounter).padStart(3, "0")}`;

export async function startSlackHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const fake = await startFakeSlack();
  const directory = await mkdtemp(join(tmpdir(), "slack-test-"));
  const feedback = createJsonlFeedbackStore(join(directory, "feedback.jsonl"));
  const questionLog = createJsonlQuestionLog({
    file: join(directory, "questions.jsonl"),
    retentionDays: 90,
    rawUsers: false,
  });
  const archive = (options.archive ?? createFakeArchive(structuredClone(ARTICLES))) as FakeArchive;
  const logs: LogLine[] = [];
  const rawLogs: string[] = [];
  const logger = createLogger("debug", {
    write(line: string) {
      rawLogs.push(line);
      logs.push(JSON.parse(line) as LogLine);
    },
  });
  const platform = createSlackPlatform({
    slack: {
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      signingSecret: undefined,
      apiUrl: fake.apiUrl,
      port: 0,
      adminUsers: [ADMIN],
    },
    deps: {
      archive,
      feedback,
      questionLog,
      logger,
      maxQuestionChars: options.maxQuestionChars ?? 500,
      rateLimit: { perGuild: 100, ...(options.rateLimit ?? { perUser: 100, windowSeconds: 60 }) },
      channelSettings: options.channelSettings,
    },
    askTimeoutMs: options.askTimeoutMs,
  });
  await platform.start();
  await fake.connected();

  const pushEvent = async (
    fixture: { event: Record<string, unknown> },
    event: Record<string, unknown>,
    envelope: { eventId?: string; retry?: number } = {},
  ) => {
    const ts = (event.ts as string | undefined) ?? nextTs();
    const body = {
      ...structuredClone(fixture),
      event_id: envelope.eventId ?? `Ev${randomUUID().slice(0, 10)}`,
      event: { ...structuredClone(fixture.event), ts, event_ts: ts, ...event },
    };
    await fake.pushEnvelope("events_api", body, envelope.retry ?? 0);
    return ts;
  };

  return {
    fake,
    archive,
    platform,
    feedback,
    questionLog,
    logs,
    logText: () => rawLogs.join(""),
    mention: (text, event = {}, envelope = {}) =>
      pushEvent(appMention, { text: `<@${fake.botUserId}> ${text}`, ...event }, envelope),
    dm: (text, event = {}) => pushEvent(messageIm, { text, ...event }),
    channelMessage: (text, event = {}, envelope = {}) => {
      const { thread_ts: _thread, parent_user_id: _parent, ...top } = threadMessage.event;
      return pushEvent({ ...threadMessage, event: top }, { text, ...event }, envelope);
    },
    threadReply: (text, threadTs, event = {}) =>
      pushEvent(threadMessage, { text, thread_ts: threadTs, ...event }),
    async command(name, text, fields = {}) {
      const payload = { ...slashCommand, command: name, text, response_url: fake.responseUrl(), ...fields };
      return (await fake.pushEnvelope("slash_commands", payload)) as {
        text?: string;
        response_type?: string;
      };
    },
    async click(actionId, value, fields = {}) {
      const payload = structuredClone(blockActions) as typeof blockActions & Record<string, unknown>;
      const [action] = payload.actions;
      Object.assign(action ?? {}, { action_id: actionId, value });
      await fake.pushEnvelope("interactive", { ...payload, response_url: fake.responseUrl(), ...fields });
    },
    async sentinel() {
      await pushEvent(messageIm, { text: SENTINEL.question, user: SENTINEL.user, channel: SENTINEL.channel });
      return fake.waitForCall("chat.postMessage", (call) => call.body.channel === SENTINEL.channel);
    },
    askedQuestions: () => archive.asked.map((asked) => asked.question),
    async stop() {
      await platform.stop();
      await fake.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/**
 * Resolves once the app has finished with `count` events of message `ts`, whatever it did with them (the "event
 * handled" log line, written after the listeners settle): the positive event that proves a silence.
 */
export async function handled(h: SlackHarness, ts: string, count = 1, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const seen = () => h.logs.filter((line) => line.msg === "event handled" && line.ts === ts).length;
  while (seen() < count) {
    if (Date.now() > deadline) throw new Error(`event of ${ts} not handled within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** All the text a user could see in a recorded message: fallback text plus every block's text. */
export function visibleText(body: Record<string, unknown>): string {
  return [String(body.text ?? ""), JSON.stringify(body.blocks ?? [])].join("\n");
}

/** The `value` of the button with `actionId` in a recorded message's blocks. */
export function buttonValue(body: Record<string, unknown>, actionId: string): string {
  const blocks = body.blocks as { elements?: { action_id?: string; value?: string }[] }[];
  const value = blocks
    .flatMap((block) => block.elements ?? [])
    .find((element) => element.action_id === actionId)?.value;
  if (!value) throw new Error(`no ${actionId} button in the message`);
  return value;
}
