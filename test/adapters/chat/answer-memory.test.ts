/** The answer memory behind both platforms' buttons: short ids, a bound, a time to live, one vote per user. */
import { createAnswerMemory } from "../../../src/adapters/chat/answer-memory";
import { createLocalState } from "../../../src/adapters/chat/local-state";
import { createMemoryStateStore } from "../../../src/core/memory-state-store";
import type { Answer } from "../../../src/core/types";

const answer = (question: string): Answer => ({
  status: "not_found",
  question,
  text: "",
  citations: [],
  asOf: null,
});

describe("answer memory", () => {
  it("gives 12-character url-safe ids", async () => {
    const id = await createAnswerMemory(createLocalState()).remember(answer("q"));
    expect(id).toMatch(/^[\w-]{12}$/);
  });

  it("forgets the oldest answer past its capacity and counts one vote per user", async () => {
    const memory = createAnswerMemory(createMemoryStateStore({ max: { answer: 2 } }));
    const first = await memory.remember(answer("1"));
    const second = await memory.remember(answer("2"));
    await memory.remember(answer("3"));
    expect(await memory.get(first)).toBeUndefined();
    expect((await memory.get(second))?.question).toBe("2");
    expect(await memory.claimVote(second, "u1")).toBe(true);
    expect(await memory.claimVote(second, "u1")).toBe(false);
    expect(await memory.claimVote(second, "u2")).toBe(true);
    expect(await memory.claimVote(first, "u1")).toBe(false);
  });

  it("forgets answers older than its time to live", async () => {
    let t = 0;
    const memory = createAnswerMemory(createMemoryStateStore({ now: () => t }), { ttlMs: 1000 });
    const id = await memory.remember(answer("q"));
    t = 999;
    expect((await memory.get(id))?.question).toBe("q");
    t = 2000;
    expect(await memory.get(id)).toBeUndefined();
    expect(await memory.claimVote(id, "u")).toBe(false);
  });
});
