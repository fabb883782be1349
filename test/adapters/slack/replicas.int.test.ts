/**
 * Two replicas of the bot (two real Bolt apps in HTTP mode, each built by createApp from its own config) on
 * one real redis-server (STATE_URL), against one fake Slack: a retried event that reaches the other replica
 * is answered once, events alternating between replicas share one rate limit, and when Redis goes away
 * questions are still answered (one warning), and the replicas share again once it is back.
 */
import { createHmac } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SlackPlatform } from "../../../src/adapters/slack/create-slack-platform";
import { loadConfig } from "../../../src/config";
import { createLogger } from "../../../src/logger";
import { type App, createApp } from "../../../src/wire";
import { createFakeArchive, type FakeArchive } from "../../fakes/fake-archive";
import { type FakeSlack, startFakeSlack } from "../../fakes/fake-slack";
import appMention from "../../fixtures/slack/app-mention.json";
import { startTestRedis, type TestRedis } from "../../helpers/redis-server";
import { ARTICLES } from "./slack-harness";

const SIGNING_SECRET = "replica-signing-secret";
const QUESTION = "when did the council approve the budget?";

interface Replica {
  app: App;
  archive: FakeArchive;
  eventsUrl: string;
}

let redis: TestRedis;
let fake: FakeSlack;
let dir: string;
let replicas: Replica[];
let logs: { level: number; msg: string }[];
let seq = 0;

beforeAll(async () => {
  redis = await startTestRedis();
  dir = await mkdtemp(join(tmpdir(), "nqa-replicas-"));
}, 20_000);
afterAll(async () => {
  await redis?.cleanup();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  fake = await startFakeSlack();
  logs = [];
  const logger = createLogger("info", {
    write: (line: string) => {
      logs.push(JSON.parse(line));
    },
  });
  replicas = [];
  for (const name of ["a", "b"]) {
    const config = loadConfig({
      DATA_DIR: join(dir, name),
      SLACK_BOT_TOKEN: "xoxb-replica",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
      RATE_LIMIT_PER_USER: "3",
      STATE_URL: redis.url,
    });
    const archive = createFakeArchive(structuredClone(ARTICLES));
    const app = await createApp(config, logger.child({ replica: name }), { archive });
    await app.start();
    const port = (app.platforms[0] as SlackPlatform).port();
    replicas.push({ app, archive, eventsUrl: `http://127.0.0.1:${port}/slack/events` });
  }
});
afterEach(async () => {
  for (const replica of replicas) await replica.app.stop();
  await fake.close();
});

function sign(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest("hex");
  return {
    "content-type": "application/json",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${signature}`,
  };
}

/** A fresh mention (its own event id and ts) from `user`. */
function mention(user: string, question = QUESTION) {
  seq += 1;
  const ts = `1700001${String(seq).padStart(3, "0")}.000100`;
  const eventId = `Ev0REPLICA${String(seq).padStart(3, "0")}`;
  const body = JSON.stringify({
    ...appMention,
    event_id: eventId,
    event: { ...appMention.event, user, ts, event_ts: ts, text: `<@UBOT> ${question}` },
  });
  return { ts, body };
}

async function deliver(replica: Replica, body: string, retry?: number): Promise<void> {
  const headers = sign(body);
  if (retry)
    Object.assign(headers, { "x-slack-retry-num": String(retry), "x-slack-retry-reason": "http_timeout" });
  const response = await fetch(replica.eventsUrl, { method: "POST", headers, body });
  expect(response.status).toBe(200);
}

const postsIn = (ts: string) => fake.callsTo("chat.postMessage").filter((call) => call.body.thread_ts === ts);
const asked = () => replicas.reduce((n, replica) => n + replica.archive.asked.length, 0);

/** A mention answered by `replica`: its reply proves that requests delivered there before it were handled. */
async function sentinel(replica: Replica, user: string) {
  const { ts, body } = mention(user, "sentinel: what happened to the harbour bridge?");
  await deliver(replica, body);
  await fake.waitForCall("chat.postMessage", (call) => call.body.thread_ts === ts);
}

describe("two Slack replicas on one Redis", () => {
  it("answers a retried event once when the retry reaches the other replica", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const { ts, body } = mention("UONE");
    await deliver(a, body);
    await fake.waitForCall("chat.postMessage", (call) => call.body.thread_ts === ts);
    await deliver(b, body, 1);
    await deliver(a, body, 2);
    await sentinel(b, "USENT1");
    await sentinel(a, "USENT2");
    expect(postsIn(ts)).toHaveLength(1);
    expect(asked()).toBe(3); // the question once, and the two sentinels
    expect(logs.filter((line) => line.msg === "duplicate event ignored")).toHaveLength(2);
  });

  it("shares one rate limit between replicas: events alternating a, b, a, b from one user", async () => {
    const threads: string[] = [];
    for (const [i, replica] of [...replicas, ...replicas].entries()) {
      const { ts, body } = mention("UTWO");
      threads.push(ts);
      await deliver(replica, body);
      await fake.waitForCall("chat.postMessage", (call) => call.body.thread_ts === ts);
      expect(postsIn(ts)).toHaveLength(1);
      const text = String(postsIn(ts)[0]?.body.text);
      if (i < 3) expect(text).not.toMatch(/faster than I can keep up/);
      else expect(text).toMatch(/faster than I can keep up/);
    }
    expect(asked()).toBe(3);
  });

  it("keeps answering while Redis is away (one warning), and shares again once it is back", async () => {
    const [a, b] = replicas as [Replica, Replica];
    await redis.stop();
    for (const replica of [a, b, a]) {
      const { ts, body } = mention("UTHREE");
      await deliver(replica, body);
      await fake.waitForCall("chat.postMessage", (call) => call.body.thread_ts === ts);
      expect(String(postsIn(ts)[0]?.body.text)).not.toMatch(/faster|sorry/i);
    }
    const unavailable = (line: { msg: string }) => line.msg.startsWith("shared state (Redis) unavailable");
    // One warning per replica, however many questions came meanwhile.
    expect(logs.filter(unavailable)).toHaveLength(2);
    expect(logs.filter((line) => line.msg === "lost the connection to Redis; reconnecting")).toHaveLength(2);

    await redis.start();
    await fake.waitFor(
      () => logs.filter((line) => line.msg === "connected to Redis").length >= 4,
      "both replicas reconnected",
      10_000,
    );
    const { ts, body } = mention("UFOUR");
    await deliver(a, body);
    await fake.waitForCall("chat.postMessage", (call) => call.body.thread_ts === ts);
    await deliver(b, body, 1);
    await sentinel(b, "USENT3");
    expect(postsIn(ts)).toHaveLength(1);
    expect(logs.some((line) => line.msg.startsWith("shared state (Redis) is back"))).toBe(true);
  }, 30_000);
});
