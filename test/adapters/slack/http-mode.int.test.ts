import { createHmac } from "node:crypto";
import { createSlackPlatform, type SlackPlatform } from "../../../src/adapters/slack/create-slack-platform";
import { createJsonlFeedbackStore } from "../../../src/feedback/feedback-store";
import { silentLogger } from "../../../src/logger";
import { createFakeArchive, type FakeArchive } from "../../fakes/fake-archive";
import { type FakeSlack, startFakeSlack } from "../../fakes/fake-slack";
import appMention from "../../fixtures/slack/app-mention.json";
import { ARTICLES, CHANNEL } from "./slack-harness";

const SIGNING_SECRET = "test-signing-secret";

function sign(body: string, timestamp: number, secret = SIGNING_SECRET): Record<string, string> {
  const signature = createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex");
  return {
    "content-type": "application/json",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${signature}`,
  };
}

describe("Slack HTTP mode (signing secret)", () => {
  let fake: FakeSlack;
  let archive: FakeArchive;
  let platform: SlackPlatform;
  let eventsUrl: string;
  beforeEach(async () => {
    fake = await startFakeSlack();
    archive = createFakeArchive(structuredClone(ARTICLES));
    platform = createSlackPlatform({
      slack: {
        botToken: "xoxb-http",
        appToken: undefined,
        signingSecret: SIGNING_SECRET,
        apiUrl: fake.apiUrl,
        port: 0,
        adminUsers: [],
      },
      deps: {
        archive,
        feedback: createJsonlFeedbackStore("/nonexistent/never-written.jsonl"),
        logger: silentLogger,
        maxQuestionChars: 500,
        rateLimit: { perUser: 10, perGuild: 10, windowSeconds: 60 },
      },
    });
    await platform.start();
    eventsUrl = `http://127.0.0.1:${platform.port()}/slack/events`;
  });
  afterEach(async () => {
    await platform.stop();
    await fake.close();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const QUESTION = "when did the council approve the budget?";
  const mentionBody = (eventId: string, event: Record<string, unknown> = {}) =>
    JSON.stringify({
      ...appMention,
      event_id: eventId,
      event: { ...appMention.event, text: `<@UBOT> ${QUESTION}`, ...event },
    });
  const SENTINEL_QUESTION = "sentinel: what happened to the harbour bridge?";
  /**
   * Instead of sleeping to prove nothing was answered: a correctly signed mention that IS answered, sent after
   * the requests under test (each awaited, so it arrives last); once its answer is posted, any answer to an
   * earlier request would have been asked and posted too.
   */
  async function sentinel() {
    const ts = "1700000099.000900";
    const body = mentionBody("Ev0SENTINEL1", { ts, event_ts: ts, text: `<@UBOT> ${SENTINEL_QUESTION}` });
    const response = await fetch(eventsUrl, { method: "POST", headers: sign(body, now()), body });
    expect(response.status).toBe(200);
    return fake.waitForCall("chat.postMessage", (call) => call.body.thread_ts === ts);
  }

  it("answers a correctly signed event in the thread", async () => {
    const body = mentionBody("Ev0HTTP00001");
    const response = await fetch(eventsUrl, { method: "POST", headers: sign(body, now()), body });
    expect(response.status).toBe(200);
    const post = await fake.waitForCall("chat.postMessage");
    expect(post.body).toMatchObject({ channel: CHANNEL, thread_ts: appMention.event.ts });
    expect(String(post.body.text)).toContain("The city council approved the 2024 budget");
  });

  it("rejects a bad signature and a stale timestamp with 401, and answers neither", async () => {
    const body = mentionBody("Ev0HTTP00002");
    const forged = await fetch(eventsUrl, {
      method: "POST",
      headers: sign(body, now(), "wrong-secret"),
      body,
    });
    expect(forged.status).toBe(401);
    const stale = await fetch(eventsUrl, { method: "POST", headers: sign(body, now() - 10 * 60), body });
    expect(stale.status).toBe(401);
    await sentinel();
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(archive.asked.map((asked) => asked.question)).toEqual([SENTINEL_QUESTION]);
  });

  it("ignores Slack's HTTP retry of an event it already answered", async () => {
    const body = mentionBody("Ev0HTTP00003");
    await fetch(eventsUrl, { method: "POST", headers: sign(body, now()), body });
    await fake.waitForCall("chat.postMessage");
    const retryHeaders = {
      ...sign(body, now()),
      "x-slack-retry-num": "1",
      "x-slack-retry-reason": "http_timeout",
    };
    const retry = await fetch(eventsUrl, { method: "POST", headers: retryHeaders, body });
    expect(retry.status).toBe(200);
    await sentinel();
    expect(fake.callsTo("chat.postMessage")).toHaveLength(2);
    expect(archive.asked.map((asked) => asked.question)).toEqual([QUESTION, SENTINEL_QUESTION]);
  });
});
