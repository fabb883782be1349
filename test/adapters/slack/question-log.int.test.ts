/** Every Slack question reaches the question log with its outcome, the asker hashed. */
import { ADMIN, REPORTER, type SlackHarness, startSlackHarness } from "./slack-harness";

describe("Slack questions in the question log", () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it("logs a mention's answer with its cited articles, and a refusal, with hashed user ids", async () => {
    await h.mention("when did the council approve the budget?");
    await h.fake.waitForCall("chat.postMessage");
    await h.dm("what about the zeppelin landing?", { user: ADMIN });
    await h.fake.waitForCall("chat.postMessage", (call) =>
      String(call.body.text).includes("nothing on that"),
    );

    const entries = await h.questionLog.readAll();
    expect(entries).toEqual([
      {
        at: expect.any(String),
        platform: "slack",
        user: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        question: "when did the council approve the budget?",
        status: "answered",
        cited: [{ id: "budget-2024", title: "Council approves budget & new rates <after> debate" }],
      },
      expect.objectContaining({
        question: "what about the zeppelin landing?",
        status: "not_found",
        cited: [],
      }),
    ]);
    expect(entries[0]?.user).not.toBe(entries[1]?.user);
    expect(JSON.stringify(entries)).not.toContain(REPORTER);
  });

  it("logs /ask too, and a failed ask as a problem", async () => {
    await h.command("/ask", "when did the harbour bridge close?");
    await h.fake.waitForCall("response_url");
    h.archive.failWith = new Error("retriever exploded");
    await h.mention("when did the council approve the budget?");
    await h.fake.waitForCall("chat.postMessage", (call) => String(call.body.text).startsWith("Sorry"));
    const entries = await h.questionLog.readAll();
    expect(entries.map((entry) => [entry.question, entry.status])).toEqual([
      ["when did the harbour bridge close?", "answered"],
      ["when did the council approve the budget?", "problem"],
    ]);
  });
});
