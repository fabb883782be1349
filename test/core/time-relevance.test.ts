import { asksForRecent, withoutTimeWords } from "../../src/core/time-relevance";

describe("asksForRecent", () => {
  it.each([
    "Who is the current finance minister?",
    "Who resigned this week?",
    "What was the final score in last weekend's Premier League clash?",
    "Which movie won at this past weekend's Screen Actors Guild Awards?",
    "Which meteor shower will be visible this weekend?",
    "What happened in the past few days?",
  ])("reads %j as a question about the latest news", (question) => {
    expect(asksForRecent(question)).toBe(true);
  });

  it.each([
    "How much did the film earn in its opening weekend?",
    "Which movie is coming out for Memorial Day weekend?",
    "When was the CNRP dissolved?",
  ])("reads %j as a question with no recency word", (question) => {
    expect(asksForRecent(question)).toBe(false);
  });
});

describe("withoutTimeWords", () => {
  it("leaves what the question is about", () => {
    expect(withoutTimeWords("Who won the final last weekend?")).toBe("Who won the final ?");
  });
});
