import { reportedBeside } from "../../../src/core/question/reported-beside";

const MONEY = (sentence: string) => /\$\s?\d/.test(sentence);
const ASKS_MONEY = (word: string) => ["much", "cost"].includes(word);

describe("reportedBeside", () => {
  const story = "The expo drew thousands. The finals saw Cloud9 face Immortals. The winners took $ 50,000.";

  it("is true for a report in a sentence that, with the one before it, holds a word of the question", () => {
    expect(reportedBeside(story, MONEY, "How much did Immortals take home?", ASKS_MONEY)).toBe(true);
    expect(reportedBeside(story, MONEY, "How much did the winners take?", ASKS_MONEY)).toBe(true);
    // Base forms count: "winner" for "winners".
    expect(reportedBeside(story, MONEY, "How much did the winner take?", ASKS_MONEY)).toBe(true);
  });

  it("is false when the report stands away from every word of the question", () => {
    expect(reportedBeside(story, MONEY, "How much does a day pass to the expo cost?", ASKS_MONEY)).toBe(
      false,
    );
  });

  it("takes any report when the question has only asking words, and never a sentence that asks", () => {
    expect(reportedBeside(story, MONEY, "How much did it cost?", ASKS_MONEY)).toBe(true);
    expect(reportedBeside("Would you pay $ 5 for it?", MONEY, "How much did it cost?", ASKS_MONEY)).toBe(
      false,
    );
  });
});
