/**
 * "Ask an editor" on Slack (issue 17), real Bolt app against the fake Slack: the button only where the channel
 * has an editors' contact, under answers and refusals; a click posts the question, the answer and the
 * message's permalink in the editors' channel and mentions only the configured user group in the thread;
 * once per answer; logged for the report.
 */
import { CANNED } from "../../../src/adapters/chat/canned-texts";
import { MemoryChannelSettings } from "../../../src/core/channels/channel-settings";
import { buildReport } from "../../../src/report/build-report";
import type { RecordedCall } from "../../fakes/fake-slack";
import {
  buttonValue,
  CHANNEL,
  REPORTER,
  type SlackHarness,
  startSlackHarness,
  visibleText,
} from "./slack-harness";

const EDITORS = "C2EDITORS";
const GROUP = "S0EDITORS";

const actionIds = (body: Record<string, unknown>) =>
  (body.blocks as { type: string; elements?: { action_id?: string }[] }[])
    .filter((block) => block.type === "actions")
    .flatMap((block) => block.elements?.map((element) => element.action_id) ?? []);

describe("Slack: Ask an editor", () => {
  let h: SlackHarness;
  let settings: MemoryChannelSettings;
  beforeEach(async () => {
    settings = new MemoryChannelSettings();
    h = await startSlackHarness({ channelSettings: settings });
  });
  afterEach(() => h.stop());

  async function answerIn(question: string): Promise<{ questionTs: string; answer: RecordedCall }> {
    const questionTs = await h.mention(question);
    const answer = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === questionTs);
    return { questionTs, answer };
  }

  /** Clicks "Ask an editor" on a posted answer, as the asker. */
  async function click(answer: RecordedCall, questionTs: string, user = REPORTER) {
    const answerTs = String(answer.response?.ts);
    await h.click("ask_editor", buttonValue(answer.body, "ask_editor"), {
      user: { id: user, username: "reporter", name: "reporter", team_id: "T1" },
      container: { type: "message", message_ts: answerTs, channel_id: CHANNEL, is_ephemeral: false },
      message: { type: "message", ts: answerTs, thread_ts: questionTs, text: "answer", bot_id: "BBOT" },
    });
    return answerTs;
  }

  it("shows no button where the channel has no editors' contact", async () => {
    const { answer } = await answerIn("when did the council approve the budget?");
    expect(actionIds(answer.body)).toEqual(["feedback_up", "feedback_down"]);
  });

  it("hands an answer to the editors' channel with its permalink and mentions only the group in the thread", async () => {
    await settings.set("slack", CHANNEL, { mode: "mention", editors: { channel: EDITORS, group: GROUP } });
    const { questionTs, answer } = await answerIn("when did the council approve the budget?");
    expect(actionIds(answer.body)).toEqual(["feedback_up", "feedback_down", "ask_editor"]);
    const answerTs = await click(answer, questionTs);

    const confirmed = await h.fake.waitForCall(
      "chat.postEphemeral",
      (c) => c.body.text === CANNED.handOffSent,
    );
    expect(confirmed.body).toMatchObject({ channel: CHANNEL, user: REPORTER, thread_ts: questionTs });
    const permalink = h.fake.callsTo("chat.getPermalink");
    expect(permalink.map((c) => c.body)).toEqual([
      expect.objectContaining({ channel: CHANNEL, message_ts: answerTs }),
    ]);
    const posts = h.fake.callsTo("chat.postMessage").slice(1);
    expect(posts).toHaveLength(2);
    const [toEditors, inThread] = posts as [RecordedCall, RecordedCall];
    expect(toEditors.body.channel).toBe(EDITORS);
    const text = String(toEditors.body.text);
    expect(text).toContain("*Question:* when did the council approve the budget?");
    expect(text).toContain("*The bot's answer:*\n>“The city council approved the 2024 budget");
    expect(text).toContain(
      `<https://fake.slack.test/archives/${CHANNEL}/p${answerTs.replace(".", "")}|Open the thread>`,
    );
    expect(text).toContain(`Asked in <#${CHANNEL}>`);
    // No mention of anyone in the editors' post: not the asker, not a broadcast.
    expect(text).not.toMatch(/<[@!]/);
    expect(inThread.body).toMatchObject({ channel: CHANNEL, thread_ts: questionTs });
    expect(String(inThread.body.text)).toBe(`<!subteam^${GROUP}> ${CANNED.handOffHeading}`);

    const logged = (await h.questionLog.readAll()).filter((entry) => entry.event === "handoff");
    expect(logged).toEqual([
      expect.objectContaining({
        platform: "slack",
        status: "answered",
        question: "when did the council approve the budget?",
      }),
    ]);
    expect(logged[0]?.user).toMatch(/^sha256:/);
    const report = buildReport({ questions: await h.questionLog.readAll(), votes: [] });
    expect(report.handOffs).toHaveLength(1);
    expect(report.totals.questions).toBe(1);

    // A second click: told, nothing posted again.
    await click(answer, questionTs);
    await h.fake.waitForCall("chat.postEphemeral", (c) => c.body.text === CANNED.handOffRepeat);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(3);
    expect(h.fake.callsTo("chat.getPermalink")).toHaveLength(1);
  });

  it("offers the hand-off under a refusal too, and with only a group posts just the mention", async () => {
    await settings.set("slack", CHANNEL, { mode: "mention", editors: { group: GROUP } });
    const { questionTs, answer } = await answerIn("what about the zeppelin museum?");
    expect(answer.body.text).toContain("nothing on that");
    expect(actionIds(answer.body)).toContain("ask_editor");
    await click(answer, questionTs);
    await h.fake.waitForCall("chat.postEphemeral", (c) => c.body.text === CANNED.handOffSent);
    const posts = h.fake.callsTo("chat.postMessage").slice(1);
    expect(posts.map((c) => [c.body.channel, c.body.text])).toEqual([
      [CHANNEL, `<!subteam^${GROUP}> ${CANNED.handOffHeading}`],
    ]);
    expect(h.fake.callsTo("chat.getPermalink")).toHaveLength(0);
    const [logged] = (await h.questionLog.readAll()).filter((entry) => entry.event === "handoff");
    expect(logged?.status).toBe("not_found");
  });

  it("gives the claim back when posting fails, so the next click can send it", async () => {
    await settings.set("slack", CHANNEL, { mode: "mention", editors: { channel: EDITORS } });
    const { questionTs, answer } = await answerIn("when did the council approve the budget?");
    h.fake.failNext("chat.postMessage", "channel_not_found");
    await click(answer, questionTs);
    await h.fake.waitForCall("chat.postEphemeral", (c) => c.body.text === CANNED.handOffFailed);
    await click(answer, questionTs);
    await h.fake.waitForCall("chat.postEphemeral", (c) => c.body.text === CANNED.handOffSent);
    expect(visibleText(h.fake.callsTo("chat.postMessage").at(-1)?.body ?? {})).toContain("Open the thread");
  });
});
