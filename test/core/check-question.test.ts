import { checkQuestion } from "../../src/core/check-question";

describe("checkQuestion", () => {
  it.each([
    ["", "empty"],
    ["   \n\t ", "empty"],
    ["🙂🎉🔥", "no_words"],
    ["?!… —", "no_words"],
  ])("rejects %j as %s with a helpful message", (input, code) => {
    const result = checkQuestion(input, 100);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.code).toBe(code);
      expect(result.problem.message).toMatch(/question|words/i);
    }
  });

  it("rejects an over-long question and says the limit", () => {
    const result = checkQuestion("why ".repeat(60), 100);
    expect(result).toEqual({ ok: false, problem: expect.objectContaining({ code: "too_long" }) });
    if (!result.ok) expect(result.problem.message).toContain("100");
  });

  it("normalises whitespace and Unicode (NFC) of a good question", () => {
    expect(checkQuestion("  Who   won in Cafe\u0301  Town? ", 100)).toEqual({
      ok: true,
      question: "Who won in Café Town?",
      query: "Who won in Café Town?",
    });
  });

  it("accepts Khmer text", () => {
    expect(checkQuestion("ព្រះរាជាណាចក្រកម្ពុជា", 100).ok).toBe(true);
  });
});
