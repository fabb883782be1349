/**
 * Auto channels (issue 17) through the real Bolt app against the fake Slack: top-level questions are answered
 * in their thread unasked, and everything the silence rule covers stays silent (proved by each event's completion mark, then a sentinel).
 */
import { MemoryChannelSettings } from "../../../src/core/channels/channel-settings";
import {
  CHANNEL,
  handled,
  nextTs,
  SENTINEL,
  type SlackHarness,
  startSlackHarness,
  visibleText,
} from "./slack-harness";

/** Answered by the fake archive with answerability 0.75 (3 of its 4 words in the budget story). */
const GOOD = "How much did rates rise in the budget?";
/** One word of five in the archive ("harbour"): answered, but weakly (0.2). */
const WEAK = "How much did the harbour orchestra charge for tickets?";
/** No word in the archive: the archive refuses (not_found). */
const REFUSED = "Who won the football final?";

const postsIn = (h: SlackHarness, channel: string) =>
  h.fake.callsTo("chat.postMessage").filter((call) => call.body.channel === channel);

describe("Slack auto channels", () => {
  let h: SlackHarness;
  let settings: MemoryChannelSettings;
  beforeEach(async () => {
    settings = new MemoryChannelSettings();
    await settings.set("slack", CHANNEL, { mode: "auto" });
    h = await startSlackHarness({
      channelSettings: settings,
      rateLimit: { perUser: 100, windowSeconds: 60 },
    });
  });
  afterEach(async () => {
    await h.stop();
  });

  it("answers a top-level question in its thread, without 👀 and without a mention", async () => {
    const ts = await h.channelMessage(GOOD);
    const post = await h.fake.waitForCall("chat.postMessage");
    expect(post.body).toMatchObject({ channel: CHANNEL, thread_ts: ts });
    expect(visibleText(post.body)).toContain("The city council approved the 2024 budget");
    expect(h.fake.callsTo("reactions.add")).toHaveLength(0);
    expect(h.askedQuestions()).toEqual([GOOD]);
  });

  it("searches within the channel's filters, as a mention there would", async () => {
    await settings.set("slack", CHANNEL, {
      mode: "auto",
      filters: { publishers: ["Harbour Herald"], from: "2023" },
    });
    await h.channelMessage(GOOD);
    await h.fake.waitForCall("chat.postMessage");
    expect(h.archive.asked[0]?.options?.filters).toMatchObject({
      publishers: ["Harbour Herald"],
      from: "2023",
    });
  });

  it("answers a follow-up in the thread it started, read with the first question", async () => {
    const ts = await h.channelMessage(GOOD);
    await h.fake.waitForCall("chat.postMessage");
    await h.threadReply("and what about the bridge?", ts);
    const followUp = await h.fake.waitForCall("chat.postMessage", undefined, 2);
    expect(followUp.body.thread_ts).toBe(ts);
    expect(h.archive.asked[1]?.options?.context).toEqual([GOOD]);
  });

  it("stays silent on statements, refusals, weak answers, human threads, bots and edits", async () => {
    const sent = [
      await h.channelMessage("The budget debate ran for four hours."),
      await h.channelMessage("thanks"),
      await h.channelMessage(REFUSED),
      await h.channelMessage(WEAK),
    ];
    // A thread people started among themselves: a question there is not the bot's to answer.
    const humanRoot = await h.channelMessage("Lunch plans for today, anyone");
    sent.push(
      humanRoot,
      await h.threadReply("How much did rates rise in the budget?", humanRoot),
      await h.channelMessage("How much did rates rise? (bot)", { bot_id: "BOTHER", user: "UOTHERBOT" }),
      await h.channelMessage("How much did rates rise? (edited)", { subtype: "message_changed" }),
      await h.channelMessage("/remind me how much rates rose?"),
    );
    // Each event's listeners have finished (whatever they did), then one more question is answered.
    for (const ts of sent) await handled(h, ts);
    await h.sentinel();

    expect(postsIn(h, CHANNEL)).toHaveLength(0);
    expect(h.fake.callsTo("reactions.add").filter((call) => call.body.channel === CHANNEL)).toHaveLength(0);
    // Only the questions went to the archive (and the log): statements, threads, bots and edits did not.
    expect(h.askedQuestions().sort()).toEqual([REFUSED, WEAK, SENTINEL.question].sort());
    const logged = (await h.questionLog.readAll()).map((entry) => [entry.question, entry.status]);
    expect(logged).toEqual(
      expect.arrayContaining([
        [REFUSED, "not_found"],
        [WEAK, "answered"],
      ]),
    );
  });

  it("does not auto-answer in a mention-mode channel", async () => {
    await handled(h, await h.channelMessage(GOOD, { channel: "C2MENTIONONLY" }));
    await h.sentinel();
    expect(postsIn(h, "C2MENTIONONLY")).toHaveLength(0);
    expect(h.askedQuestions()).toEqual([SENTINEL.question]);
  });

  it("answers a message once: a retried event, a second delivery, and a mention of the same message", async () => {
    const ts = nextTs();
    await h.channelMessage(GOOD, { ts }, { eventId: "EvSAME0001" });
    await h.channelMessage(GOOD, { ts }, { eventId: "EvSAME0001", retry: 1 });
    await h.channelMessage(GOOD, { ts }, { eventId: "EvOTHER0002" });
    await h.mention(GOOD, { ts });
    await h.fake.waitForCall("chat.postMessage");
    // The retry is dropped before any listener; the three other deliveries each finish.
    await handled(h, ts, 3);
    await h.sentinel();
    expect(postsIn(h, CHANNEL)).toHaveLength(1);
    expect(h.askedQuestions()).toEqual([GOOD, SENTINEL.question]);
  });
});

describe("Slack auto channels and rate limits", () => {
  it("stays within the user's limit silently: no 'slow down' notice in the channel", async () => {
    const settings = new MemoryChannelSettings();
    await settings.set("slack", CHANNEL, { mode: "auto" });
    const h = await startSlackHarness({
      channelSettings: settings,
      rateLimit: { perUser: 1, windowSeconds: 60 },
    });
    try {
      await h.channelMessage(GOOD);
      await h.fake.waitForCall("chat.postMessage");
      await handled(h, await h.channelMessage("And how much did rates rise last year?"));
      await h.sentinel();
      expect(postsIn(h, CHANNEL)).toHaveLength(1);
      expect(h.askedQuestions()).toEqual([GOOD, SENTINEL.question]);
    } finally {
      await h.stop();
    }
  });
});
