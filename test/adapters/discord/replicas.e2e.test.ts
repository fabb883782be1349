/**
 * Two Discord replicas (two real discord.js clients, each a platform with its own Redis connection, on one
 * real redis-server) connected to one fake gateway, which delivers every event to both: each /ask
 * interaction and each mention is answered exactly once, by whichever replica claims it first.
 */
import {
  createDiscordPlatform,
  type DiscordPlatform,
} from "../../../src/adapters/discord/create-discord-platform";
import { createJsonlFeedbackStore } from "../../../src/feedback/feedback-store";
import { silentLogger } from "../../../src/logger";
import { createRedisState, type RedisState } from "../../../src/state/redis-state-store";
import { createFakeArchive, type FakeArchive } from "../../fakes/fake-archive";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/fake-discord";
import { startTestRedis, type TestRedis } from "../../helpers/redis-server";
import { ARTICLES, BOT_TOKEN, isCallback, isChannelMessage, SENTINEL_QUESTION } from "./harness";
import { askInteraction, guildMessage, READER } from "./payloads";

let redis: TestRedis;
let fake: FakeDiscord;
let states: RedisState[];
let platforms: DiscordPlatform[];
let archives: FakeArchive[];

beforeAll(async () => {
  redis = await startTestRedis();
}, 20_000);
afterAll(() => redis?.cleanup());

beforeEach(async () => {
  fake = await startFakeDiscord();
  states = [];
  platforms = [];
  archives = [];
  for (let i = 0; i < 2; i++) {
    const state = createRedisState({
      url: redis.url,
      prefix: `discord-${expect.getState().currentTestName}:`,
    });
    await state.connect();
    states.push(state);
    const archive = createFakeArchive(ARTICLES.map((article) => ({ ...article })));
    archives.push(archive);
    const platform = createDiscordPlatform({
      discord: {
        token: BOT_TOKEN,
        applicationId: fake.applicationId,
        apiUrl: fake.apiUrl,
        guildId: undefined,
        adminUsers: [],
      },
      deps: {
        archive,
        feedback: createJsonlFeedbackStore("/nonexistent/never-written.jsonl"),
        logger: silentLogger,
        maxQuestionChars: 500,
        rateLimit: { perUser: 100, perGuild: 100, windowSeconds: 60 },
        state: state.store,
      },
    });
    await platform.start();
    platforms.push(platform);
  }
  expect(fake.identifies).toHaveLength(2);
});
afterEach(async () => {
  for (const platform of platforms) await platform.stop();
  for (const state of states) await state.close();
  await fake.close();
});

const asked = () => archives.reduce((n, archive) => n + archive.asked.length, 0);

/** A mention both replicas receive; its one reply proves that everything dispatched before it was handled. */
async function sentinel() {
  const message = guildMessage(fake, `<@${fake.botUser.id}> ${SENTINEL_QUESTION}`, { mentionBot: true });
  return fake.waitFor(
    (request) =>
      isChannelMessage(fake.channelId)(request) &&
      (request.body as { message_reference?: { message_id?: string } }).message_reference?.message_id ===
        message.id,
  );
}

describe("two Discord replicas on one Redis and one gateway", () => {
  it("answers an /ask interaction both receive once", async () => {
    const interaction = askInteraction(fake, "When was the library budget approved?", { user: READER });
    await fake.waitFor(isCallback(interaction.id));
    await sentinel();
    expect(fake.requests.filter(isCallback(interaction.id))).toHaveLength(1);
  });

  it("answers a mention both receive once", async () => {
    const message = guildMessage(fake, `<@${fake.botUser.id}> When was the library budget approved?`, {
      mentionBot: true,
    });
    const repliesTo = (id: string) =>
      fake.requests.filter(
        (request) =>
          isChannelMessage(fake.channelId)(request) &&
          (request.body as { message_reference?: { message_id?: string } }).message_reference?.message_id ===
            id,
      );
    await fake.waitFor(() => repliesTo(message.id as string).length > 0);
    await sentinel();
    expect(repliesTo(message.id as string)).toHaveLength(1);
    expect(asked()).toBe(2);
  });
});
