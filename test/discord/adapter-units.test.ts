/** The adapter's small pure parts: feedback ids and buttons, the question gate, ingest text, error scrubbing, the raw guard. */
import { buildFeedbackRow, parseFeedbackCustomId } from "../../src/adapters/discord/feedback-buttons";
import { createFeedbackRecords } from "../../src/adapters/discord/feedback-records";
import { formatProgress, formatSummary } from "../../src/adapters/discord/format-ingest";
import { createRawPacketGuard, DROPPED_EVENT } from "../../src/adapters/discord/guard-raw-packets";
import { toLoggableError } from "../../src/adapters/discord/loggable-error";
import { createQuestionGate } from "../../src/adapters/discord/question-gate";
import { silentLogger } from "../../src/logger";

describe("feedback buttons and records", () => {
  it("round-trips a vote and record id through a custom_id of at most 100 characters", () => {
    const records = createFeedbackRecords();
    const id = records.remember({ question: "q", answerText: "a", articleIds: ["x"] });
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

  it("forgets the oldest answer past its capacity and counts one vote per user", () => {
    const records = createFeedbackRecords(2);
    const first = records.remember({ question: "1", answerText: "", articleIds: [] });
    const second = records.remember({ question: "2", answerText: "", articleIds: [] });
    records.remember({ question: "3", answerText: "", articleIds: [] });
    expect(records.get(first)).toBeUndefined();
    expect(records.get(second)?.question).toBe("2");
    expect(records.claimVote(second, "u1")).toBe(true);
    expect(records.claimVote(second, "u1")).toBe(false);
    expect(records.claimVote(second, "u2")).toBe(true);
    expect(records.claimVote(first, "u1")).toBe(false);
  });
});

describe("question gate", () => {
  const gate = (perUser = 2, perGuild = 3) =>
    createQuestionGate({ maxQuestionChars: 20, rateLimit: { perUser, perGuild, windowSeconds: 60 } });

  it("refuses empty and zero-width-only questions without counting them", () => {
    const check = gate(1);
    expect(check.check({ userId: "u", guildId: "g", question: " \u200b\u2060 " })).toMatchObject({
      reason: "empty",
    });
    expect(check.check({ userId: "u", guildId: "g", question: "fine" })).toEqual({ ok: true });
  });

  it("refuses over-long questions, then per-user, then per-guild floods", () => {
    const check = gate();
    expect(check.check({ userId: "u", guildId: "g", question: "x".repeat(21) })).toMatchObject({
      reason: "too_long",
    });
    expect(check.check({ userId: "u", guildId: "g", question: "a" }).ok).toBe(true);
    expect(check.check({ userId: "u", guildId: "g", question: "a" }).ok).toBe(true);
    expect(check.check({ userId: "u", guildId: "g", question: "a" })).toMatchObject({ reason: "user_rate" });
    expect(check.check({ userId: "v", guildId: "g", question: "a" }).ok).toBe(true);
    expect(check.check({ userId: "w", guildId: "g", question: "a" })).toMatchObject({ reason: "guild_rate" });
    expect(check.check({ userId: "w", guildId: null, question: "a" }).ok).toBe(true);
  });
});

describe("ingest text", () => {
  it("formats progress and a summary listing a few skipped files", () => {
    expect(formatProgress({ phase: "embed", done: 3, total: 10 })).toBe(
      "Re-ingesting the archive: embedding passages (3/10)…",
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
    expect(summary).toContain("Re-ingest finished in 1.2 s. Now answering from index v7.");
    expect(summary).toContain("8 articles, 40 passages: 2 added, 1 updated, 0 removed, 5 unchanged.");
    expect(summary).toContain("- bad-0.pdf: binary @\u200beveryone");
    expect(summary).toContain("…and 2 more");
  });
});

describe("toLoggableError", () => {
  it("keeps name, message, code and status, and scrubs interaction tokens from urls", () => {
    const error = Object.assign(
      new Error("Unknown Webhook at /api/v10/webhooks/123/aW50ZXJhY3Rpb246secret/messages"),
      {
        code: 10015,
        status: 404,
        url: "https://discord.com/api/v10/webhooks/123/aW50ZXJhY3Rpb246secret",
        requestBody: { json: { content: "x" } },
      },
    );
    const logged = toLoggableError(error);
    expect(logged).toEqual({
      name: "Error",
      message: "Unknown Webhook at /api/v10/webhooks/123/[redacted]/messages",
      code: 10015,
      status: 404,
    });
    expect(toLoggableError("plain")).toEqual({ name: "NonError", message: "plain" });
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
