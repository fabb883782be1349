import { ACTION_IDS } from "../../../src/adapters/slack/render-answer";
import {
  CHANNEL,
  nextTs,
  SENTINEL,
  type SlackHarness,
  startSlackHarness,
  visibleText,
} from "./slack-harness";

describe("Slack mentions, DMs and thread follow-ups (Socket Mode)", () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it("shows 👀 at once, then replies in the mention's thread with cited verbatim quotes", async () => {
    const ts = await h.mention("when did the council approve the budget?");
    const post = await h.fake.waitForCall("chat.postMessage");

    expect(h.archive.asked[0]?.question).toBe("when did the council approve the budget?");
    const reaction = h.fake.callsTo("reactions.add")[0];
    expect(reaction?.body).toMatchObject({ channel: CHANNEL, timestamp: ts, name: "eyes" });
    expect(h.fake.calls.indexOf(reaction!)).toBeLessThan(h.fake.calls.indexOf(post));

    expect(post.body).toMatchObject({
      channel: CHANNEL,
      thread_ts: ts,
      unfurl_links: "false",
      unfurl_media: "false",
    });
    expect(post.body.text).toContain(
      "The city council approved the 2024 budget on 12 March after a four-hour debate",
    );
    const seen = visibleText(post.body);
    expect(seen).toContain(">The city council approved the 2024 budget on 12 March after a four-hour debate");
    expect(seen).toContain(
      "<https://news.example/2024/03/budget|Council approves budget &amp; new rates &lt;after&gt; debate>",
    );
    expect(seen).toContain("The Harbour Herald · 2024-03-12");
    expect(seen).toContain("Based on articles up to 2024-06-01");
    expect(seen).toContain(ACTION_IDS.up);
    expect(seen).toContain(ACTION_IDS.down);
    expect(post.authorization).toBe("Bearer xoxb-test-bot-token");
  });

  it("asks as of the message's time, so nothing published later is used", async () => {
    await h.mention("when did the council approve the budget?", { ts: "1700000001.000200" });
    await h.fake.waitForCall("chat.postMessage");
    expect(h.archive.asked[0]?.options?.askedAt).toBe("2023-11-14T22:13:21.000Z");
  });

  it("answers a mention inside a thread at the thread's root", async () => {
    const root = nextTs();
    await h.mention("when did the council approve the budget?", { thread_ts: root });
    const post = await h.fake.waitForCall("chat.postMessage");
    expect(post.body.thread_ts).toBe(root);
  });

  it("answers a DM in the DM, not in a thread", async () => {
    await h.dm("what happened to the harbour bridge?");
    const post = await h.fake.waitForCall("chat.postMessage");
    expect(post.body.channel).toBe("D1REPORTER");
    expect(post.body.thread_ts).toBeUndefined();
    expect(visibleText(post.body)).toContain(">The harbour bridge closed on 2 May for six weeks of repairs");
  });

  it("answers a follow-up in the thread without a mention, read with the earlier question", async () => {
    const ts = await h.mention("when did the council approve the budget?");
    await h.fake.waitForCall("chat.postMessage");

    await h.threadReply("and when was that?", ts);
    const followUp = await h.fake.waitForCall("chat.postMessage", undefined, 2);

    expect(h.archive.asked[1]).toEqual({
      question: "and when was that?",
      options: { context: ["when did the council approve the budget?"], askedAt: expect.any(String) },
    });
    expect(followUp.body.thread_ts).toBe(ts);
    expect(visibleText(followUp.body)).toContain("https://news.example/2024/03/budget");
  });

  it("stays out of threads it has not answered in, and ignores bots and edits", async () => {
    const ts = await h.mention("when did the council approve the budget?");
    await h.fake.waitForCall("chat.postMessage");

    await h.threadReply("what happened to the harbour bridge?", nextTs());
    await h.threadReply("an automated note about the budget", ts, { bot_id: "BOTHER", user: "UOTHERBOT" });
    await h.threadReply("edited text about the budget", ts, { subtype: "message_changed" });
    await h.dm("a bot DM about the harbour bridge", { bot_id: "BOTHER" });
    await h.threadReply("the bot's own reply about the budget", ts, { user: h.fake.botUserId });
    await h.sentinel();

    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(2);
    expect(h.askedQuestions()).toEqual(["when did the council approve the budget?", SENTINEL.question]);
  });

  it("answers a mention in a followed thread once, though Slack delivers it as app_mention and message", async () => {
    const ts = await h.mention("when did the council approve the budget?");
    await h.fake.waitForCall("chat.postMessage");

    const followUpTs = nextTs();
    await h.mention("and when was that?", { ts: followUpTs, thread_ts: ts });
    await h.threadReply(`<@${h.fake.botUserId}> and when was that?`, ts, { ts: followUpTs });
    await h.fake.waitForCall("chat.postMessage", undefined, 2);
    await h.sentinel();

    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(3);
    expect(h.askedQuestions()).toEqual([
      "when did the council approve the budget?",
      "and when was that?",
      SENTINEL.question,
    ]);
  });

  it("answers a bare mention with usage help instead of searching", async () => {
    await h.mention("   ");
    const post = await h.fake.waitForCall("chat.postMessage");
    expect(post.body.text).toContain("/ask");
    expect(h.archive.asked).toHaveLength(0);
  });
});
