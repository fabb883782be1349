/**
 * Several Socket Mode connections of one Slack app (two real Bolt apps in Socket Mode, as two replicas would
 * open) on one real redis-server: the fake Slack delivers events on either connection, as Slack spreads an
 * app's events over its open connections; each connection's events are answered, and a retry that arrives
 * on the other connection is answered once.
 */
import { createSlackPlatform, type SlackPlatform } from "../../../src/adapters/slack/create-slack-platform";
import { createJsonlFeedbackStore } from "../../../src/feedback/feedback-store";
import { silentLogger } from "../../../src/logger";
import { createRedisState, type RedisState } from "../../../src/state/redis-state-store";
import { createFakeArchive } from "../../fakes/fake-archive";
import { type FakeSlack, startFakeSlack } from "../../fakes/fake-slack";
import appMention from "../../fixtures/slack/app-mention.json";
import { startTestRedis, type TestRedis } from "../../helpers/redis-server";
import { ARTICLES } from "./slack-harness";

let redis: TestRedis;
let fake: FakeSlack;
let states: RedisState[] = [];
let platforms: SlackPlatform[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
  fake = await startFakeSlack();
  for (let i = 0; i < 2; i++) {
    const state = createRedisState({ url: redis.url });
    await state.connect();
    states.push(state);
    const platform = createSlackPlatform({
      slack: {
        botToken: "xoxb-socket",
        appToken: "xapp-socket",
        signingSecret: undefined,
        apiUrl: fake.apiUrl,
        port: 0,
        adminUsers: [],
      },
      deps: {
        archive: createFakeArchive(structuredClone(ARTICLES)),
        feedback: createJsonlFeedbackStore("/nonexistent/never-written.jsonl"),
        logger: silentLogger,
        maxQuestionChars: 500,
        rateLimit: { perUser: 10, perGuild: 10, windowSeconds: 60 },
        state: state.store,
      },
    });
    await platform.start();
    platforms.push(platform);
    await fake.waitFor(() => fake.connections() === i + 1, `Socket Mode connection ${i + 1}`, 5000);
  }
}, 30_000);
afterAll(async () => {
  for (const platform of platforms) await platform.stop();
  for (const state of states) await state.close();
  await fake?.close();
  await redis?.cleanup();
  platforms = [];
  states = [];
});

let seq = 0;
function mention(question: string) {
  seq += 1;
  const ts = `1700002${String(seq).padStart(3, "0")}.000100`;
  const payload = {
    ...appMention,
    event_id: `Ev0SOCKREP${String(seq).padStart(2, "0")}`,
    event: { ...appMention.event, ts, event_ts: ts, text: `<@UBOT> ${question}` },
  };
  return { ts, payload };
}
const postsIn = (ts: string) => fake.callsTo("chat.postMessage").filter((call) => call.body.thread_ts === ts);
const answered = (ts: string) => fake.waitForCall("chat.postMessage", (call) => call.body.thread_ts === ts);

describe("two Socket Mode connections of one app on one Redis", () => {
  it("answers events arriving on either connection", async () => {
    for (const connection of [0, 1]) {
      const { ts, payload } = mention("when did the council approve the budget?");
      await fake.pushEnvelope("events_api", payload, 0, connection);
      await answered(ts);
    }
  });

  it("answers a retry that arrives on the other connection once", async () => {
    const { ts, payload } = mention("when did the council approve the budget?");
    await fake.pushEnvelope("events_api", payload, 0, 0);
    await answered(ts);
    await fake.pushEnvelope("events_api", payload, 1, 1);
    // Sentinel on the same connection as the retry: once it is answered, the retry was handled.
    const sentinel = mention("sentinel: what happened to the harbour bridge?");
    await fake.pushEnvelope("events_api", sentinel.payload, 0, 1);
    await answered(sentinel.ts);
    expect(postsIn(ts)).toHaveLength(1);
  });
});
