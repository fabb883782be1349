/** The answer memory behind both platforms' buttons: short ids, a bound, a time to live, one vote per user. */
import { createAnswerMemory } from "../../../src/adapters/chat/answer-memory";
import type { Answer } from "../../../src/core/types";

const answer = (question: string): Answer => ({
  status: "not_found",
  question,
  text: "",
  citations: [],
  asOf: null,
});

describe("answer memory", () => {
  it("gives 12-character url-safe ids", () => {
    const id = createAnswerMemory().remember(answer("q"));
    expect(id).toMatch(/^[\w-]{12}$/);
  });

  it("forgets the oldest answer past its capacity and counts one vote per user", () => {
    const memory = createAnswerMemory({ max: 2 });
    const first = memory.remember(answer("1"));
    const second = memory.remember(answer("2"));
    memory.remember(answer("3"));
    expect(memory.get(first)).toBeUndefined();
    expect(memory.get(second)?.question).toBe("2");
    expect(memory.claimVote(second, "u1")).toBe(true);
    expect(memory.claimVote(second, "u1")).toBe(false);
    expect(memory.claimVote(second, "u2")).toBe(true);
    expect(memory.claimVote(first, "u1")).toBe(false);
  });

  it("forgets answers older than its time to live", () => {
    let t = 0;
    const memory = createAnswerMemory({ ttlMs: 1000, now: () => t });
    const id = memory.remember(answer("q"));
    t = 999;
    expect(memory.get(id)?.question).toBe("q");
    t = 2000;
    expect(memory.get(id)).toBeUndefined();
    expect(memory.claimVote(id, "u")).toBe(false);
  });
});
