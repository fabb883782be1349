import { asksForRecent, withoutTimeWords } from "../../src/core/time-relevance";

describe("asksForRecent", () => {
  it.each([
    "Who is the current finance minister?",
    "Who resigned this week?",
    "What was the final score in last weekend's Premier League clash?",
    "Which movie won at this past weekend's Screen Actors Guild Awards?",
    "Which meteor shower will be visible this weekend?",
    "What happened in the past few days?",
    "Who is the new PM of Britain?",
    "any new details on the New York case?",
    "When will the new Covid-19 vaccine be released?",
  ])("reads %j as a question about the latest news", (question) => {
    expect(asksForRecent(question)).toBe(true);
  });

  it.each([
    "How much did the film earn in its opening weekend?",
    "Which movie is coming out for Memorial Day weekend?",
    "When was the CNRP dissolved?",
    "What did New Zealand decide about its flag?",
    "how many new York City subway riders were hurt",
  ])("reads %j as a question with no recency word", (question) => {
    expect(asksForRecent(question)).toBe(false);
  });
});

describe("withoutTimeWords", () => {
  it("leaves what the question is about", () => {
    expect(withoutTimeWords("Who won the final last weekend?")).toBe("Who won the final ?");
  });

  it("keeps 'New' that starts a place's name, and drops it before anything else", () => {
    expect(withoutTimeWords("New Zealand parents charged after their baby died")).toBe(
      "New Zealand parents charged after their baby died",
    );
    expect(withoutTimeWords("who is the new mayor of New York now")).toBe("who is the mayor of New York");
    expect(withoutTimeWords("New PM of Britain?")).toBe("PM of Britain?");
    expect(withoutTimeWords("a new Covid-19 vaccine")).toBe("a Covid-19 vaccine");
  });
});
