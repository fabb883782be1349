import { createFakeArchive } from "../../fakes/fake-archive";
import {
  APP_TOKEN,
  ARTICLES,
  BOT_TOKEN,
  buttonValue,
  CHANNEL,
  SENTINEL,
  type SlackHarness,
  startSlackHarness,
  visibleText,
} from "./slack-harness";

const PINGS = ["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<@U999>", "<!subteam"];
/** A broadcast word right after "@", without the zero-width space that defuses it. */
const LIVE_BROADCAST = /@(channel|here|everyone)/i;

describe("Slack adapter safety (Socket Mode)", () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("answers a retried event (same event_id) only once", async () => {
    h = await startSlackHarness();
    const ts = await h.mention("when did the council approve the budget?", {}, { eventId: "Ev0RETRIED01" });
    await h.mention(
      "when did the council approve the budget?",
      { ts },
      { eventId: "Ev0RETRIED01", retry: 1 },
    );
    await h.mention(
      "when did the council approve the budget?",
      { ts },
      { eventId: "Ev0RETRIED01", retry: 2 },
    );
    await h.fake.waitForCall("chat.postMessage");
    await h.sentinel();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(2);
    expect(h.askedQuestions()).toEqual(["when did the council approve the budget?", SENTINEL.question]);
  });

  it("never echoes @channel, <!here> or <@U…> from the question or an article as a ping", async () => {
    h = await startSlackHarness();
    await h.mention(
      "<!channel> <!here|here> <@U123> @everyone <!subteam^S1|@desk> what about parking fines &lt;b&gt;?",
    );
    const post = await h.fake.waitForCall("chat.postMessage");
    expect(h.archive.asked[0]?.question).toBe(
      "@channel @here @U123 @everyone @desk what about parking fines <b>?",
    );

    const seen = visibleText(post.body);
    // The article's own "<!everyone> @channel", shown but defused.
    expect(seen).toContain("&lt;!everyone&gt; @\u200Bchannel the mayor wrote to &lt;@U999&gt;");
    for (const ping of PINGS) expect(seen).not.toContain(ping);
    expect(seen).not.toMatch(LIVE_BROADCAST);

    // The question itself is shown when an /ask answer is shared.
    await h.command("/ask", "<!channel> @here <@U123> what about parking fines?");
    const ephemeral = await h.fake.waitForCall("response_url");
    await h.click("share_answer", buttonValue(ephemeral.body, "share_answer"), {
      container: { type: "message", channel_id: CHANNEL, is_ephemeral: true },
    });
    const shared = await h.fake.waitForCall("chat.postMessage", undefined, 2);
    const sharedText = visibleText(shared.body);
    expect(sharedText).toContain("*Question:*");
    for (const ping of PINGS) expect(sharedText).not.toContain(ping);
    expect(sharedText).not.toMatch(LIVE_BROADCAST);
    for (const call of h.fake.calls)
      expect(JSON.stringify(call.body)).not.toMatch(/<!(channel|here|everyone)|<@U(123|999)/);
  });

  it("ends an archive failure in a short apology, never a stack trace", async () => {
    h = await startSlackHarness();
    h.archive.failWith = new Error("hnswlib exploded reading /srv/index/v3");
    await h.mention("when did the council approve the budget?");
    const post = await h.fake.waitForCall("chat.postMessage");
    expect(post.body.text).toMatch(/^Sorry, something went wrong/);
    expect(visibleText(post.body)).not.toMatch(/hnswlib|Error|\bat /);
    expect(h.logs.some((line) => line.level === 50 && line.msg === "answering failed")).toBe(true);
  });

  it("apologises when the archive takes too long", async () => {
    const archive = createFakeArchive(structuredClone(ARTICLES));
    archive.ask = () => new Promise(() => undefined);
    h = await startSlackHarness({ archive, askTimeoutMs: 100 });
    await h.dm("what happened to the harbour bridge?");
    const post = await h.fake.waitForCall("chat.postMessage");
    expect(post.body.text).toMatch(/^Sorry, something went wrong/);
  });

  it("apologises when Slack rejects the answer itself", async () => {
    h = await startSlackHarness();
    h.fake.failNext("chat.postMessage", "msg_blocks_too_long");
    await h.mention("when did the council approve the budget?");
    const apology = await h.fake.waitForCall("chat.postMessage", undefined, 2);
    expect(apology.body.text).toMatch(/^Sorry, something went wrong/);
  });

  it("trips the per-user rate limit with one friendly notice", async () => {
    h = await startSlackHarness({ rateLimit: { perUser: 2, windowSeconds: 60 } });
    for (const question of ["the budget?", "the harbour bridge?", "parking fines?", "the budget again?"]) {
      await h.dm(question);
    }
    await h.fake.waitForCall("chat.postMessage", undefined, 3);
    await h.sentinel();
    const texts = h.fake
      .callsTo("chat.postMessage")
      .filter((call) => call.body.channel !== SENTINEL.channel)
      .map((call) => String(call.body.text));
    expect(texts).toHaveLength(3);
    expect(texts.filter((text) => text.includes("Please wait"))).toHaveLength(1);
    expect(h.askedQuestions()).toEqual(["the budget?", "the harbour bridge?", SENTINEL.question]);
  });

  it("caps question length with a friendly reply, before searching", async () => {
    h = await startSlackHarness({ maxQuestionChars: 40 });
    await h.mention("when did the council approve the budget and what did it cost the ratepayers?");
    const post = await h.fake.waitForCall("chat.postMessage");
    expect(post.body.text).toMatch(/Please keep it under 40 characters/);
    expect(h.archive.asked).toHaveLength(0);
  });

  it("passes on the archive's own refusal of a question", async () => {
    h = await startSlackHarness({ archive: createFakeArchive(structuredClone(ARTICLES), 30) });
    await h.dm("when did the council approve the budget this year?");
    const post = await h.fake.waitForCall("chat.postMessage");
    expect(post.body.text).toBe("Please keep questions under 30 characters.");
  });

  it("writes no Slack token to the log", async () => {
    h = await startSlackHarness();
    h.archive.failWith = new Error("boom");
    await h.mention("when did the council approve the budget?");
    await h.fake.waitForCall("chat.postMessage");
    expect(h.logText()).not.toContain(BOT_TOKEN);
    expect(h.logText()).not.toContain(APP_TOKEN);
  });
});
