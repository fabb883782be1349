/** The adapter's small pure parts: feedback button ids, ingest text, the raw guard. */
import { createAnswerMemory } from "../../../src/adapters/chat/answer-memory";
import { createLocalState } from "../../../src/adapters/chat/local-state";
import { buildFeedbackRow, parseFeedbackCustomId } from "../../../src/adapters/discord/feedback-buttons";
import { formatProgress, formatSummary } from "../../../src/adapters/discord/format-ingest";
import { createRawPacketGuard, DROPPED_EVENT } from "../../../src/adapters/discord/guard-raw-packets";
import { silentLogger } from "../../../src/logger";

describe("feedback buttons", () => {
  it("round-trips a vote and record id through a custom_id of at most 100 characters", async () => {
    const id = await createAnswerMemory(createLocalState()).remember({
      status: "not_found",
      question: "q",
      text: "a",
      citations: [],
      asOf: null,
    });
    const row = buildFeedbackRow(id);
    const ids = row.components.map((button) => ("custom_id" in button ? button.custom_id : ""));
    for (const customId of ids) expect(customId.length).toBeLessThanOrEqual(100);
    expect(ids.map(parseFeedbackCustomId)).toEqual([
      { vote: "up", recordId: id },
      { vote: "down", recordId: id },
    ]);
    expect(parseFeedbackCustomId("fb:sideways:abc")).toBeNull();
    expect(parseFeedbackCustomId(`fb:up:${"x".repeat(200)}`)).toBeNull();
  });
});

describe("ingest text", () => {
  it("formats progress and a summary listing a few skipped files", () => {
    expect(formatProgress({ phase: "embed", done: 3, total: 10 })).toBe(
      "Re-ingest running: embedding passages (3/10)…",
    );
    const summary = formatSummary({
      added: 2,
      updated: 1,
      removed: 0,
      unchanged: 5,
      chunks: 40,
      reusedEmbeddings: 30,
      articles: 8,
      indexVersion: "v7",
      seconds: 1.234,
      skipped: Array.from({ length: 7 }, (_, i) => ({ source: `bad-${i}.pdf`, reason: "binary @everyone" })),
    });
    expect(summary).toContain(
      "Re-ingest finished in 1.2 s: 2 added, 1 updated, 0 removed, 7 skipped (5 unchanged; 8 articles, 40 passages). Now answering from index v7.",
    );
    expect(summary).toContain("- bad-0.pdf: binary @\u200beveryone");
    expect(summary).toContain("…and 2 more");
  });
});

describe("raw packet guard", () => {
  const guard = createRawPacketGuard(silentLogger);
  const interaction = () => ({
    id: "1",
    type: 2,
    token: "t",
    user: { id: "2", username: "u" },
    data: { id: "3", name: "ask", type: 1 },
  });

  it("fills harmless defaults discord.js would crash without", () => {
    const packet = { op: 0, t: "INTERACTION_CREATE", d: interaction() };
    guard(packet);
    expect(packet.t).toBe("INTERACTION_CREATE");
    expect(packet.d).toMatchObject({ entitlements: [], authorizing_integration_owners: {} });
  });

  it.each([
    ["no user or member", { ...interaction(), user: undefined }],
    ["no data", { ...interaction(), data: "x" }],
    ["component without message", { ...interaction(), type: 3 }],
    ["bad options", { ...interaction(), data: { options: [null] } }],
  ])("drops an interaction with %s", (_problem, d) => {
    const packet = { op: 0, t: "INTERACTION_CREATE", d };
    guard(packet);
    expect(packet.t).toBe(DROPPED_EVENT);
  });

  it("drops a message without an author and leaves other events alone", () => {
    const message = { op: 0, t: "MESSAGE_CREATE", d: { id: "1", channel_id: "2", content: "hi" } };
    guard(message);
    expect(message.t).toBe(DROPPED_EVENT);
    const other = { op: 0, t: "GUILD_UPDATE", d: null };
    guard(other);
    expect(other.t).toBe("GUILD_UPDATE");
    expect(() => guard(undefined)).not.toThrow();
  });
});
