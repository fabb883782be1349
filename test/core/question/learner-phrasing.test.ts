import { checkQuestion } from "../../../src/core/question/check-question";
import { withLearnerPhrasingRead } from "../../../src/core/question/learner-phrasing";

describe("withLearnerPhrasingRead", () => {
  it.each([
    // A learner's "how is … called" and "how is the name of …" ask what, as in German, French and Spanish.
    ["How is the husband of Valeska Paris called?", "What is the husband of Valeska Paris called?"],
    [
      "How is the new sea anemone under the Ross ice shelf called scientifically?",
      "What is the new sea anemone under the Ross ice shelf called scientifically?",
    ],
    ["how was the cocktail called?", "what was the cocktail called?"],
    ["How is the name of the analyst?", "What is the name of the analyst?"],
    ["and how are their names?", "and what are their names?"],
    // In a later sentence too.
    [
      "Chin Malin leads a government group. How is this group called?",
      "Chin Malin leads a government group. What is this group called?",
    ],
    // A past told in the perfect: "who has designed" is "who designed"; an irregular participle by its past.
    ["Who has designed the big pig lantern in Taipei?", "Who designed the big pig lantern in Taipei?"],
    ["Who has started the hashtag for Ahmed?", "Who started the hashtag for Ahmed?"],
    ["Who has written the book?", "Who wrote the book?"],
    ["who had won the title?", "who won the title?"],
  ])("%s → %s", (question, read) => {
    expect(withLearnerPhrasingRead(question)).toBe(read);
  });

  it.each([
    // "How" that asks how: a manner, a state, or a call made.
    "How is the election going?",
    "How was the minister called back to Phnom Penh?",
    "How is Cambodia called on to respond?",
    "How many people called the hotline?",
    // "has" that owns, or a participle too short to tell ("red").
    "Who has the ball?",
    "Who has red hair?",
    "Who has been elected?",
  ])("leaves %s as typed", (question) => {
    expect(withLearnerPhrasingRead(question)).toBe(question);
  });

  it("is read before searching", () => {
    const checked = checkQuestion("How is the husband of Valeska Paris called?", 300);
    expect(checked.ok && checked.query).toBe("What is the husband of Valeska Paris called?");
  });
});
