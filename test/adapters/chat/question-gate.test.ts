/** The one question gate both chat adapters use: words, the core's length measure, per-user and per-workspace limits. */
import { createQuestionGate } from "../../../src/adapters/chat/question-gate";
import { createMemoryStateStore } from "../../../src/core/memory-state-store";
import { questionLength } from "../../../src/core/question/check-question";

const gate = (perUser = 2, perGuild = 3, now = () => 0) =>
  createQuestionGate({
    maxQuestionChars: 20,
    rateLimit: { perUser, perGuild, windowSeconds: 60 },
    state: createMemoryStateStore({ now }),
  });
const ask = (question: string, userId = "u", scopeId: string | null = "g") => ({
  userId,
  scopeId,
  question,
  usage: "USAGE",
});

describe("question gate", () => {
  it("answers empty, zero-width-only and punctuation-only questions with the adapter's usage text, uncounted", async () => {
    const check = gate(1);
    for (const question of [" \u200b\u2060 ", "?!", ""]) {
      expect(await check.check(ask(question))).toEqual({
        ok: false,
        reason: "empty",
        text: "USAGE",
        repeat: false,
      });
    }
    expect(await check.check(ask("fine"))).toEqual({ ok: true });
  });

  it("measures length as the core does: a pasted link barely counts, so Slack and Discord agree", async () => {
    const link = `where is the ferry ${"https://example.com/".padEnd(60, "x")}`;
    expect(questionLength(link)).toBeLessThanOrEqual(20);
    expect(await gate().check(ask(link))).toEqual({ ok: true });
    const verdict = await gate().check(ask("x".repeat(21)));
    expect(verdict).toMatchObject({ reason: "too_long", text: expect.stringContaining("21 characters") });
  });

  it("refuses per-user, then per-workspace floods; no workspace (a DM) has no workspace limit", async () => {
    const check = gate();
    expect((await check.check(ask("a"))).ok).toBe(true);
    expect((await check.check(ask("a"))).ok).toBe(true);
    expect(await check.check(ask("a"))).toMatchObject({ reason: "user_rate" });
    expect((await check.check(ask("a", "v"))).ok).toBe(true);
    expect(await check.check(ask("a", "w"))).toMatchObject({
      reason: "scope_rate",
      text: expect.stringMatching(/^This workspace has asked/),
    });
    expect((await check.check(ask("a", "w", null))).ok).toBe(true);
  });

  it("tells a flooding user once per window: later refusals are marked repeat until the wait is over", async () => {
    let t = 0;
    const check = gate(1, 100, () => t);
    expect((await check.check(ask("a"))).ok).toBe(true);
    expect(await check.check(ask("a"))).toMatchObject({ reason: "user_rate", repeat: false });
    t = 30_000;
    expect(await check.check(ask("a"))).toMatchObject({ reason: "user_rate", repeat: true });
    t = 61_000;
    expect((await check.check(ask("a"))).ok).toBe(true);
    expect(await check.check(ask("a"))).toMatchObject({ reason: "user_rate", repeat: false });
  });

  it("names the shared limit's group as the platform does (Discord: server)", async () => {
    const check = createQuestionGate({
      maxQuestionChars: 20,
      rateLimit: { perUser: 5, perGuild: 1, windowSeconds: 60 },
      state: createMemoryStateStore({ now: () => 0 }),
      scopeName: "server",
    });
    expect((await check.check(ask("a", "u1"))).ok).toBe(true);
    expect(await check.check(ask("a", "u2"))).toMatchObject({
      reason: "scope_rate",
      text: expect.stringMatching(/^This server has asked/),
    });
  });
});
