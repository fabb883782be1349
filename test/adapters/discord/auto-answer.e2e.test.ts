/**
 * Auto channels, forum posts and follow-up replies (issue 17) through the real discord.js client against the
 * fake Discord. Silence is proved by a sentinel: a later mention that IS answered.
 */
import { createDiscordPlatform } from "../../../src/adapters/discord/create-discord-platform";
import { MemoryChannelSettings } from "../../../src/core/channels/channel-settings";
import { createMemoryStateStore } from "../../../src/core/memory-state-store";
import { silentLogger } from "../../../src/logger";
import { createFakeArchive } from "../../fakes/fake-archive";
import { type RecordedRequest, snowflake } from "../../fakes/fake-discord";
import {
  ARTICLES,
  BOT_TOKEN,
  type Harness,
  handled,
  isChannelMessage,
  SENTINEL_QUESTION,
  sentinel,
  startHarness,
  stopCheckingPings,
} from "./harness";
import { guildMessage, READER } from "./payloads";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

/** Answered by the fake archive with answerability 0.75 (3 of its 4 words in the library story). */
const GOOD = "How much was the harbour library budget?";
/** One word of five in the archive ("harbour"): answered, but weakly (0.2). */
const WEAK = "How much did the harbour orchestra charge for tickets?";
/** No word in the archive: refused (not_found). */
const REFUSED = "Who won the football final?";

let h: Harness;
afterEach(() => stopCheckingPings(h));

async function autoHarness(auto: string[], rateLimit?: { perUser: number }): Promise<Harness> {
  const settings = new MemoryChannelSettings();
  for (const channel of auto) await settings.set("discord", channel, { mode: "auto" });
  return startHarness({ channelSettings: settings, messageContent: true, rateLimit });
}

const isThreadStart = (request: RecordedRequest) =>
  request.method === "POST" && /^\/api\/v10\/channels\/\d+\/messages\/\d+\/threads$/.test(request.path);
const asked = () => h.archive.asked.map((entry) => entry.question);

describe("Discord auto channels", () => {
  it("asks for the MessageContent intent only when configured", async () => {
    h = await autoHarness([]);
    // Guilds (1) | GuildMessages (512) | DirectMessages (4096) | MessageContent (32768)
    expect((h.fake.identifies[0] as Json).intents).toBe(37377);
    await sentinel(h);
  });

  it("answers a top-level question in a thread it starts on the message", async () => {
    h = await startAutoInTestChannel();
    const question = guildMessage(h.fake, GOOD);
    const start = await h.fake.waitFor(isThreadStart);
    expect(start.path).toBe(`/api/v10/channels/${h.fake.channelId}/messages/${question.id}/threads`);
    expect((start.body as Json).name).toBe(GOOD);
    const answer = await h.fake.waitFor(isChannelMessage(question.id));
    expect(JSON.stringify(answer.body)).toContain("4.2 million dollar budget");
    expect(asked()).toEqual([GOOD]);
  });

  it("stays silent on statements, refusals, weak answers, bots and human threads", async () => {
    h = await startAutoInTestChannel();
    const thread = snowflake();
    const sent = [
      guildMessage(h.fake, "The library budget passed last week."),
      guildMessage(h.fake, "thanks"),
      guildMessage(h.fake, REFUSED),
      guildMessage(h.fake, WEAK),
      guildMessage(h.fake, "How much was the harbour library budget? (bot)", {
        author: { id: "1300000000000000066", username: "otherbot", bot: true },
      }),
    ];
    // A thread people started among themselves in the auto channel: not the bot's to join.
    h.fake.createThread({ id: thread, parentId: h.fake.channelId, name: "lunch", ownerId: READER.id });
    sent.push(guildMessage(h.fake, GOOD, { channelId: thread }));
    // Each handler has finished with its message (whatever it did), then one more is answered.
    for (const message of sent) await handled(h, message.id as string);
    await sentinel(h);

    expect(h.fake.requests.filter(isThreadStart)).toHaveLength(0);
    expect(h.fake.requests.filter(isChannelMessage(thread))).toHaveLength(0);
    // The sentinel's reply is the only message sent.
    expect(
      h.fake.requests.filter((request) => request.method === "POST" && /\/messages$/.test(request.path)),
    ).toHaveLength(1);
    // Only the two questions went to the archive (and the log), in whichever order their handlers ran.
    expect(asked().sort()).toEqual([REFUSED, WEAK, SENTINEL_QUESTION].sort());
    const logged = (await h.questionLog.readAll()).map((entry) => [entry.question, entry.status]);
    expect(logged).toEqual(
      expect.arrayContaining([
        [REFUSED, "not_found"],
        [WEAK, "answered"],
      ]),
    );
  });

  it("does not auto-answer in a mention-mode channel", async () => {
    h = await autoHarness([]);
    await handled(h, guildMessage(h.fake, GOOD).id as string);
    await sentinel(h);
    expect(h.fake.requests.filter(isThreadStart)).toHaveLength(0);
    expect(asked()).toEqual([SENTINEL_QUESTION]);
  });

  it("answers a message once though two replicas sharing one state store both receive it", async () => {
    const settings = new MemoryChannelSettings();
    const state = createMemoryStateStore();
    h = await startHarness({ channelSettings: settings, messageContent: true, state });
    await settings.set("discord", h.fake.channelId, { mode: "auto" });
    const replicaArchive = createFakeArchive(ARTICLES.map((article) => ({ ...article })));
    const replica = createDiscordPlatform({
      discord: {
        token: BOT_TOKEN,
        applicationId: h.fake.applicationId,
        apiUrl: h.fake.apiUrl,
        guildId: undefined,
        adminUsers: [],
        messageContent: true,
      },
      deps: {
        archive: replicaArchive,
        feedback: h.feedback,
        logger: silentLogger,
        maxQuestionChars: 500,
        rateLimit: { perUser: 100, perGuild: 100, windowSeconds: 60 },
        channelSettings: settings,
        state,
      },
    });
    await replica.start();
    try {
      const question = guildMessage(h.fake, GOOD);
      await h.fake.waitFor(isChannelMessage(question.id as string));
      await handled(h, question.id as string);
      await sentinel(h);
      expect(h.fake.requests.filter(isThreadStart)).toHaveLength(1);
      expect([...asked(), ...replicaArchive.asked.map((entry) => entry.question)].sort()).toEqual(
        [GOOD, SENTINEL_QUESTION].sort(),
      );
    } finally {
      await replica.stop();
    }
  });

  it("stays within the rate limit silently", async () => {
    h = await startAutoInTestChannel({ perUser: 1 });
    const first = guildMessage(h.fake, GOOD);
    await h.fake.waitFor(isChannelMessage(first.id as string));
    await handled(h, guildMessage(h.fake, "And how much was the library budget last year?").id as string);
    await sentinel(h);
    expect(h.fake.requests.filter(isThreadStart)).toHaveLength(1);
    // No "slow down" notice in the channel: its one message is the sentinel's reply.
    expect(h.fake.requests.filter(isChannelMessage(h.fake.channelId))).toHaveLength(1);
    expect(asked()).toEqual([GOOD, SENTINEL_QUESTION]);
  });
});

describe("Discord auto forums", () => {
  it("answers the first post of a new forum thread in the post, and nothing after it", async () => {
    h = await startAutoIn((fake) => fake.forumId);
    const post = snowflake();
    h.fake.createThread({ id: post, parentId: h.fake.forumId, name: GOOD, ownerId: READER.id });
    guildMessage(h.fake, GOOD, { channelId: post, id: post });
    const answer = await h.fake.waitFor(isChannelMessage(post));
    expect((answer.body as Json).message_reference?.message_id).toBe(post);
    expect(JSON.stringify(answer.body)).toContain("4.2 million dollar budget");

    // Later messages in the post, and a post whose title and text are no question, stay unanswered.
    const later = guildMessage(h.fake, WEAK.replace("orchestra", "library"), { channelId: post });
    const photos = snowflake();
    h.fake.createThread({
      id: photos,
      parentId: h.fake.forumId,
      name: "Festival photos",
      ownerId: READER.id,
    });
    guildMessage(h.fake, "Here are my photos from the library opening.", { channelId: photos, id: photos });
    await handled(h, later.id as string);
    await handled(h, photos);
    await sentinel(h);
    expect(h.fake.requests.filter(isChannelMessage(post))).toHaveLength(1);
    expect(h.fake.requests.filter(isChannelMessage(photos))).toHaveLength(0);
    expect(asked()).toEqual([GOOD, SENTINEL_QUESTION]);
  });

  it("searches a forum post within the forum's filters", async () => {
    const settings = new MemoryChannelSettings();
    h = await startHarness({ channelSettings: settings, messageContent: true });
    await settings.set("discord", h.fake.forumId, {
      mode: "auto",
      filters: { publishers: ["Harbour Herald"], to: "2024-06" },
    });
    const post = snowflake();
    h.fake.createThread({ id: post, parentId: h.fake.forumId, name: GOOD, ownerId: READER.id });
    guildMessage(h.fake, GOOD, { channelId: post, id: post });
    await h.fake.waitFor(isChannelMessage(post));
    expect(h.archive.asked[0]?.options?.filters).toMatchObject({
      publishers: ["Harbour Herald"],
      to: "2024-06",
    });
  });

  it("takes a forum post's title as the question when its text is not one", async () => {
    h = await startAutoIn((fake) => fake.forumId);
    const post = snowflake();
    h.fake.createThread({ id: post, parentId: h.fake.forumId, name: GOOD, ownerId: READER.id });
    guildMessage(h.fake, "For a story I am writing on the harbour.", { channelId: post, id: post });
    await h.fake.waitFor(isChannelMessage(post));
    expect(asked()).toEqual([GOOD]);
  });
});

describe("Discord follow-ups", () => {
  it("reads a reply to the bot's answer with the question it answered, without a mention", async () => {
    h = await startHarness({ messageContent: true });
    const question = guildMessage(h.fake, `<@${h.fake.botUser.id}> ${GOOD}`, { mentionBot: true });
    const answer = await h.fake.waitFor(
      (request) =>
        isChannelMessage(h.fake.channelId)(request) &&
        (request.body as Json).message_reference?.message_id === question.id,
    );
    const followUp = guildMessage(h.fake, "and when was it approved?", {
      replyTo: (answer.response as Json).id,
    });
    const second = await h.fake.waitFor(
      (request) =>
        isChannelMessage(h.fake.channelId)(request) &&
        (request.body as Json).message_reference?.message_id === followUp.id,
    );
    expect(h.archive.asked[1]).toMatchObject({
      question: "and when was it approved?",
      options: { context: [GOOD] },
    });
    expect(JSON.stringify(second.body)).toContain("12 March");

    // A reply to that follow-up's answer carries both questions.
    const third = guildMessage(h.fake, "and by how many votes?", { replyTo: (second.response as Json).id });
    await h.fake.waitFor(
      (request) => (request.body as Json | undefined)?.message_reference?.message_id === third.id,
    );
    expect(h.archive.asked[2]?.options?.context).toEqual([GOOD, "and when was it approved?"]);
  });

  it("ignores a reply to someone else's message", async () => {
    h = await startHarness({ messageContent: true });
    const human = guildMessage(h.fake, "I think the library budget passed");
    guildMessage(h.fake, "when was that?", { replyTo: human.id as string });
    await sentinel(h);
    expect(asked()).toEqual([SENTINEL_QUESTION]);
  });
});

/** A harness with one auto channel, picked once the fake Discord has made its ids. */
async function startAutoIn(
  pick: (fake: Harness["fake"]) => string,
  rateLimit?: { perUser: number },
): Promise<Harness> {
  const settings = new MemoryChannelSettings();
  const started = await startHarness({ channelSettings: settings, messageContent: true, rateLimit });
  await settings.set("discord", pick(started.fake), { mode: "auto" });
  return started;
}

/** A harness whose test channel is an auto channel. */
const startAutoInTestChannel = (rateLimit?: { perUser: number }) =>
  startAutoIn((fake) => fake.channelId, rateLimit);
