import { createHmac } from "node:crypto";
import { createSlackPlatform, type SlackPlatform } from "../../src/adapters/slack/create-slack-platform";
import { createJsonlFeedbackStore } from "../../src/feedback/feedback-store";
import { silentLogger } from "../../src/logger";
import { createFakeArchive } from "../fakes/fake-archive";
import { type FakeSlack, startFakeSlack } from "../fakes/fake-slack";
import appMention from "../fixtures/slack/app-mention.json";
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
  let platform: SlackPlatform;
  let eventsUrl: string;
  beforeEach(async () => {
    fake = await startFakeSlack();
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
        archive: createFakeArchive(structuredClone(ARTICLES)),
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
  const mentionBody = (eventId: string) =>
    JSON.stringify({
      ...appMention,
      event_id: eventId,
      event: { ...appMention.event, text: "<@UBOT> when did the council approve the budget?" },
    });

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
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
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
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
  });
});
