import { ACTION_IDS } from "../../../src/adapters/slack/render-answer";
import { buttonValue, CHANNEL, REPORTER, type SlackHarness, startSlackHarness } from "./slack-harness";

describe("👍/👎 buttons (Socket Mode)", () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it("records a 👎 with question, answer, cited ids, user and time, and tells the voter in the thread", async () => {
    const ts = await h.mention("when did the council approve the budget?");
    const answer = await h.fake.waitForCall("chat.postMessage");
    const value = buttonValue(answer.body, ACTION_IDS.down);
    expect(value.length).toBeLessThan(2000);

    const before = Date.now();
    await h.click(ACTION_IDS.down, value, {
      message: { type: "message", ts: "1700000010.000100", thread_ts: ts },
    });
    const thanks = await h.fake.waitForCall("chat.postEphemeral");

    expect(thanks.body).toMatchObject({
      channel: CHANNEL,
      user: REPORTER,
      thread_ts: ts,
      text: "Thanks, your 👎 was recorded.",
    });
    const [entry, ...rest] = await h.feedback.readAll();
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({
      platform: "slack",
      user: REPORTER,
      vote: "down",
      question: "when did the council approve the budget?",
      articleIds: ["budget-2024"],
    });
    expect(entry?.answerText).toContain("The city council approved the 2024 budget");
    expect(Date.parse(entry?.at ?? "")).toBeGreaterThanOrEqual(before - 1000);
  });

  it("says so when the answer behind a button is no longer known, and records nothing", async () => {
    await h.click(ACTION_IDS.up, "unknown-id");
    const sorry = await h.fake.waitForCall("chat.postEphemeral");
    expect(sorry.body.text).toContain("no longer have that answer");
    expect(await h.feedback.readAll()).toEqual([]);
  });
});
