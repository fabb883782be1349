import { ACTION_IDS } from "../../../src/adapters/slack/render-answer";
import {
  buttonValue,
  CHANNEL,
  REPORTER,
  type SlackHarness,
  startSlackHarness,
  visibleText,
} from "./slack-harness";

const ephemeralContainer = {
  container: { type: "message", message_ts: "1700000020.000100", channel_id: CHANNEL, is_ephemeral: true },
  message: undefined,
};

describe("/ask (Socket Mode)", () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it("acks with 'Searching…', answers only the asker, and Share posts the answer for everyone", async () => {
    const ack = await h.command("/ask", "when did the council approve the budget?");
    expect(ack).toMatchObject({ response_type: "ephemeral" });
    expect(ack.text).toContain("Searching the archive");

    const answer = await h.fake.waitForCall("response_url");
    expect(answer.body).toMatchObject({
      response_type: "ephemeral",
      replace_original: false,
      unfurl_links: false,
    });
    expect(visibleText(answer.body)).toContain(">The city council approved the 2024 budget on 12 March");
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);

    await h.click(ACTION_IDS.share, buttonValue(answer.body, ACTION_IDS.share), ephemeralContainer);
    const shared = await h.fake.waitForCall("chat.postMessage");
    expect(shared.body).toMatchObject({ channel: CHANNEL, unfurl_links: "false", unfurl_media: "false" });
    const seen = visibleText(shared.body);
    expect(seen).toContain("*Question:* when did the council approve the budget?");
    expect(seen).toContain(">The city council approved the 2024 budget on 12 March");
    expect(seen).toContain(ACTION_IDS.down);
    expect(seen).not.toContain(ACTION_IDS.share);
    await h.fake.waitForCall("response_url", (call) => call.body.delete_original === true);
  });

  it("answers an empty /ask with usage help", async () => {
    const ack = await h.command("/ask", "  ");
    expect(ack.text).toContain("/ask when did");
    expect(h.archive.asked).toHaveLength(0);
  });

  it("tells the asker when Share cannot post in the channel", async () => {
    await h.command("/ask", "what happened to the harbour bridge?");
    const answer = await h.fake.waitForCall("response_url");
    h.fake.failNext("chat.postMessage", "not_in_channel");

    await h.click(ACTION_IDS.share, buttonValue(answer.body, ACTION_IDS.share), ephemeralContainer);
    const told = await h.fake.waitForCall("response_url", (call) =>
      String(call.body.text).includes("Invite me"),
    );
    expect(told.body).toMatchObject({ response_type: "ephemeral" });
  });

  it("records a 👍 on the ephemeral answer and confirms it to the voter only", async () => {
    await h.command("/ask", "what happened to the harbour bridge?");
    const answer = await h.fake.waitForCall("response_url");

    await h.click(ACTION_IDS.up, buttonValue(answer.body, ACTION_IDS.up), ephemeralContainer);
    const thanks = await h.fake.waitForCall("response_url", (call) =>
      String(call.body.text).includes("recorded"),
    );
    expect(thanks.body).toMatchObject({ response_type: "ephemeral", text: "Thanks, your 👍 was recorded." });
    expect(await h.feedback.readAll()).toEqual([
      expect.objectContaining({
        platform: "slack",
        user: REPORTER,
        vote: "up",
        articleIds: ["harbour-bridge"],
      }),
    ]);
  });
});
