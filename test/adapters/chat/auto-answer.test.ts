import { AUTO_ANSWER, looksLikeQuestion, worthPostingUnasked } from "../../../src/adapters/chat/auto-answer";
import type { Answer, AskResult } from "../../../src/core/types";

describe("looksLikeQuestion", () => {
  it.each([
    "When did the council approve the budget?",
    "the budget passed when?",
    "Did the bridge reopen",
    "who is the mayor 🤔",
    "Anyone know if the ferry runs on Sundays? 🙏",
    "“Where is the new library?”",
    "Isn't the museum closed",
    "How many people came to the festival",
  ])("reads %p as a question", (text) => {
    expect(looksLikeQuestion(text)).toBe(true);
  });

  it.each([
    "The budget debate ran for four hours.",
    "thanks",
    "?",
    "why?",
    "How we covered the election.",
    "What a day!",
    "/remind me why the budget passed?",
    "!ask who is the mayor?",
    "Lunch at noon",
    "",
  ])("does not read %p as a question", (text) => {
    expect(looksLikeQuestion(text)).toBe(false);
  });
});

describe("worthPostingUnasked", () => {
  const answer = (status: Answer["status"], answerability?: number): AskResult => ({
    ok: true,
    answer: { status, question: "q", text: "t", citations: [], asOf: null, answerability },
  });

  it("posts an answer at or above the threshold only", () => {
    expect(worthPostingUnasked(answer("answered", AUTO_ANSWER.minAnswerability))).toBe(true);
    expect(worthPostingUnasked(answer("answered", AUTO_ANSWER.minAnswerability - 0.001))).toBe(false);
  });

  it("never posts a refusal, a problem, or an answer without a score", () => {
    expect(worthPostingUnasked(answer("not_found", 0.99))).toBe(false);
    expect(worthPostingUnasked(answer("answered"))).toBe(false);
    expect(worthPostingUnasked({ ok: false, problem: { code: "too_long", message: "long" } })).toBe(false);
  });
});
