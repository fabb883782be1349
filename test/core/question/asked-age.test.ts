/** "How old is …?" asked of a story that gives no age (asked-age.ts; the veto itself: asked-figure.test.ts). */
import { ageMissing, asksAge, givesAge } from "../../../src/core/question/asked-age";

describe("asksAge", () => {
  it.each([
    ["How old is Chak Sopheap?", true],
    ["how old were the afghan robotics girls", true],
    ["A French woman died this week. What age was she?", true],
    ["what's the age of the oldest lantern?", true],
    ["How old was she when she won?", true],
    ["Who is the oldest person in the U.S.?", false],
    ["how many years did the old regime last", false],
    // A learner's "how many years he had" (from "quanti anni aveva"), not a time.
    ["Nathan Law, how many years he had when he was elected?", true],
    ["how many years she has?", true],
    ["how many years has she had the company", false],
    ["how many years they have been jailed", false],
    // Only the sentence that asks.
    ["How old is she? Never mind. Who won the vote?", false],
  ])("%s → %s", (question, asked) => {
    expect(asksAge(question)).toBe(asked);
  });
});

describe("givesAge", () => {
  it.each([
    ["Daniel Montalvo, 19, a member of the church, spoke.", true],
    ["a 14-year-old boy from Irving, Texas", true],
    ["She died at 118 in a nursing home.", true],
    ["They met at 10 a.m. on Monday.", false],
    ["Turnout rose to 58 %.", false],
  ])("%s → %s", (text, gives) => {
    expect(givesAge(text)).toBe(gives);
  });
});

describe("ageMissing", () => {
  const oath = "I took the Oath to our Constitution at 22 years old.";
  it.each([
    // An age today is not an age when something happened.
    ["How old is Christopher Hill now?", oath, true],
    ["What's his age?", oath, true],
    ["how old was Hill when he took the oath?", oath, false],
    ["How old is Christopher Hill?", "Christopher Hill, 47, served in the Air Force.", false],
    ["How old is William Evans?", "I am 61 now.", false],
    ["How old is Maria?", "Maria died at 118 in a nursing home.", false],
    // An age at an event is given only beside the event: in its sentence or the one before or after.
    [
      "How old was Noam Chomsky when he first started teachin' up at MIT?",
      "He was one of the first opponents of the Vietnam War. At age 80 he continues to write books.",
      true,
    ],
    [
      "How old was baby Gloria when she died?",
      "They are on trial for the death of their nine-month-old child, Gloria. She died from infection.",
      false,
    ],
    [
      "what age was Hill when he swore the oath",
      "I swore the Oath to our Constitution at 22 years old.",
      false,
    ],
  ])("%s → %s", (question, text, missing) => {
    expect(ageMissing(question, text)).toBe(missing);
  });
});
