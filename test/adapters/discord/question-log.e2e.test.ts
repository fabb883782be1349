/** Every Discord question reaches the question log with its outcome, the asker hashed. */
import { type Harness, isChannelMessage, isOriginalEdit, startHarness, stopCheckingPings } from "./harness";
import { askInteraction, guildMessage, READER } from "./payloads";

let h: Harness;
afterEach(() => stopCheckingPings(h));

describe("Discord questions in the question log", () => {
  it("logs /ask and mentions with status and cited articles, users hashed, failures as problems", async () => {
    h = await startHarness();
    const first = askInteraction(h.fake, "When was the library budget approved?");
    await h.fake.waitFor(isOriginalEdit(first.token));
    const second = askInteraction(h.fake, "Who won the zeppelin race?");
    await h.fake.waitFor(isOriginalEdit(second.token));
    h.archive.failWith = new Error("retriever exploded");
    guildMessage(h.fake, `<@${h.fake.botUser.id}> river festival crowd?`, { mentionBot: true });
    await h.fake.waitFor(isChannelMessage(h.fake.channelId));

    const entries = await h.questionLog.readAll();
    expect(entries).toEqual([
      {
        at: expect.any(String),
        platform: "discord",
        user: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        question: "When was the library budget approved?",
        status: "answered",
        cited: [{ id: "gazette-2024-03-library-budget", title: "Council approves library budget" }],
      },
      expect.objectContaining({ question: "Who won the zeppelin race?", status: "not_found", cited: [] }),
      expect.objectContaining({ platform: "discord", question: "river festival crowd?", status: "problem" }),
    ]);
    expect(JSON.stringify(entries)).not.toContain(READER.id);
  });
});
