/** Starts the real Discord platform against the fake Discord, with a fake archive, a temp feedback file and captured logs. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createDiscordPlatform,
  type DiscordPlatform,
} from "../../../src/adapters/discord/create-discord-platform";
import type { PlatformDeps } from "../../../src/adapters/platform";
import type { Archive } from "../../../src/core/archive";
import type { ChannelSettingsStore } from "../../../src/core/channels/channel-settings";
import { createJsonlFeedbackStore, type FeedbackStore } from "../../../src/feedback/feedback-store";
import type { QuestionLog } from "../../../src/feedback/question-log";
import { createJsonlQuestionLog } from "../../../src/feedback/question-log-store";
import { createLogger } from "../../../src/logger";
import { createFakeArchive, type FakeArchive, type FakeArticle } from "../../fakes/fake-archive";
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from "../../fakes/fake-discord";
import { ADMIN, guildMessage, type TestUser } from "./payloads";

export const BOT_TOKEN = "fake-bot-token.SHOULD-NEVER-BE-LOGGED.abc123";

export const ARTICLES: FakeArticle[] = [
  {
    id: "gazette-2024-03-library-budget",
    title: "Council approves library budget",
    publisher: "Harbour Gazette",
    published: "2024-03-12",
    url: "https://news.example/2024/03/library-budget",
    text: "The city council approved a 4.2 million dollar budget for the harbour library on 12 March. Councillors voted seven to two after a long debate.",
  },
  {
    id: "gazette-2024-07-river-festival",
    title: "River festival draws record crowd",
    publisher: "Harbour Gazette",
    published: "2024-07-21",
    url: "https://news.example/2024/07/river-festival",
    text: "The river festival drew 40,000 visitors over the weekend. Organisers said the lantern parade was the largest yet.",
  },
  {
    id: "wire-2024-05-water-main",
    title: "Water main bursts on Elm Street",
    publisher: "Valley Wire",
    published: "2024-05-02",
    url: "https://wire.example/water-main",
    text: "@everyone the water main on Elm Street burst on Tuesday <@&987654321098765432> <@123456789012345678>. Crews restored supply by evening.",
  },
];

export interface Harness {
  fake: FakeDiscord;
  platform: DiscordPlatform;
  archive: FakeArchive;
  feedback: FeedbackStore;
  /** The question log (hashed user ids), in the harness's temp folder. */
  questionLog: QuestionLog;
  /** Every log line the platform wrote (pino JSON). */
  logs: string[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  archive?: Archive;
  adminUsers?: string[];
  rateLimit?: Partial<PlatformDeps["rateLimit"]>;
  maxQuestionChars?: number;
  /** Per-channel settings (issue 17); default: the platform's own in-memory store. */
  channelSettings?: ChannelSettingsStore;
  /** The fake's channel id (default: a new one), to restart on the same channel. */
  channelId?: string;
  /** Ask for the MessageContent intent (DISCORD_MESSAGE_CONTENT=true). */
  messageContent?: boolean;
  /** A state store to share with another replica; default: the platform's own. */
  state?: PlatformDeps["state"];
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord({ channelId: options.channelId });
  const dir = await mkdtemp(join(tmpdir(), "discord-test-"));
  const logs: string[] = [];
  const logger = createLogger("debug", { write: (line: string) => void logs.push(line) } as never);
  const archive = (options.archive ??
    createFakeArchive(ARTICLES.map((article) => ({ ...article })))) as FakeArchive;
  const feedback = createJsonlFeedbackStore(join(dir, "feedback.jsonl"));
  const questionLog = createJsonlQuestionLog({
    file: join(dir, "questions.jsonl"),
    retentionDays: 90,
    rawUsers: false,
  });
  const platform = createDiscordPlatform({
    discord: {
      token: BOT_TOKEN,
      applicationId: fake.applicationId,
      apiUrl: fake.apiUrl,
      guildId: undefined,
      adminUsers: options.adminUsers ?? [ADMIN.id],
      messageContent: options.messageContent,
    },
    deps: {
      archive,
      feedback,
      questionLog,
      logger,
      maxQuestionChars: options.maxQuestionChars ?? 500,
      rateLimit: { perUser: 100, perGuild: 100, windowSeconds: 60, ...options.rateLimit },
      channelSettings: options.channelSettings,
      state: options.state,
    },
  });
  try {
    await platform.start();
  } catch (error) {
    await fake.close();
    throw error;
  }
  return {
    fake,
    platform,
    archive,
    feedback,
    questionLog,
    logs,
    async stop() {
      await platform.stop();
      await fake.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The message part of a recorded request, when it carries one (a defer, a typing ping or a GET does not). */
export function messageBody(request: RecordedRequest): Record<string, unknown> | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  if (!body || Array.isArray(body) || request.method === "PUT") return undefined;
  const data = request.path.endsWith("/callback") ? (body.data as Record<string, unknown> | undefined) : body;
  if (!data) return undefined;
  return "content" in data || "embeds" in data || "components" in data ? data : undefined;
}

/** Every message body the bot sent carries allowed_mentions with `parse: []`; returns how many there were. */
/** The shared teardown: no message body the bot sent may ping anyone, then the client and fake stop. */
export async function stopCheckingPings(h: Harness): Promise<void> {
  try {
    expectNoPingsAnywhere(h.fake.requests);
  } finally {
    await h.stop();
  }
}

export function expectNoPingsAnywhere(requests: RecordedRequest[]): number {
  const bodies = requests.map(messageBody).filter((body) => body !== undefined);
  for (const body of bodies) {
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/<@[!&]?\d/);
    expect(text).not.toMatch(/<#\d/);
  }
  expect(bodies.length).toBeGreaterThan(0);
  return bodies.length;
}

export const isCallback = (interactionId: string) => (request: RecordedRequest) =>
  request.method === "POST" && request.path.startsWith(`/api/v10/interactions/${interactionId}/`);

export const isOriginalEdit = (token: string) => (request: RecordedRequest) =>
  request.method === "PATCH" && request.path.endsWith(`/${token}/messages/@original`);

export const isChannelMessage = (channelId: string) => (request: RecordedRequest) =>
  request.method === "POST" && request.path === `/api/v10/channels/${channelId}/messages`;

/** The user and question `sentinel()` sends: a user of its own, so the test asker's rate limit never applies. */
export const SENTINEL_USER: TestUser = { id: "1300000000000000077", username: "sentinel" };
export const SENTINEL_QUESTION = "sentinel: river festival?";

/**
 * Proves a negative without sleeping: one more message that IS answered (a mention from SENTINEL_USER in the
 * test channel) on the same gateway connection; resolves with its reply. discord.js handles gateway events in
 * order and sends a channel's messages one at a time, so by then whatever an earlier message would have asked
 * or posted is recorded too: assert on `archive.asked` (the sentinel's question last) and the requests.
 */
export function sentinel(h: Harness): Promise<RecordedRequest> {
  const message = guildMessage(h.fake, `<@${h.fake.botUser.id}> ${SENTINEL_QUESTION}`, {
    author: SENTINEL_USER,
    mentionBot: true,
  });
  return h.fake.waitFor(
    (request) =>
      isChannelMessage(h.fake.channelId)(request) &&
      (request.body as { message_reference?: { message_id?: string } }).message_reference?.message_id ===
        message.id,
  );
}

/** Undoes the markdown escapes and zero-width spaces the renderer adds, to compare with article text. */
export function plainText(text: string): string {
  return text.replace(/\\([\\*_~`|[\]#])/g, "$1").replace(/\u200b/g, "");
}

/**
 * Resolves once the platform has finished with message `messageId`, whatever it did with it (its "message
 * handled" log line, written after the handler settles): the positive event that proves a silence.
 */
export async function handled(h: Harness, messageId: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const done = () =>
    h.logs.some((line) => {
      const entry = JSON.parse(line) as { msg?: string; messageId?: string };
      return entry.msg === "message handled" && entry.messageId === messageId;
    });
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`message ${messageId} not handled within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
