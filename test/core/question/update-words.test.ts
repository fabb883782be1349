import { withoutUpdateWords } from "../../../src/core/question/update-words";

describe("withoutUpdateWords", () => {
  it.each([
    ["any shake-up at the central bank this yr?", "any at the central bank this yr?"],
    [
      "Were there any leadership changes at the Harbour Authority in November 2021?",
      "Were there any leadership at the Harbour Authority in November 2021?",
    ],
    ["latest news on the referendum", "latest on the referendum"],
    ["any updates on the strike", "any on the strike"],
  ])("drops the asker's word for what happened: %j", (question, topic) => {
    expect(withoutUpdateWords(question)).toBe(topic);
  });

  it.each([
    ["What is the latest figure for inflation in Valdoria?", "What is the latest for inflation in Valdoria?"],
    [
      "What is the most recent inflation figure for Valdoria?",
      "What is the most recent inflation for Valdoria?",
    ],
    ["the latest jobs numbers?", "the latest jobs ?"],
    ["current unemployment data", "current unemployment"],
  ])("drops the asker's word for the kind of fact asked as the newest: %j", (question, topic) => {
    expect(withoutUpdateWords(question)).toBe(topic);
  });

  it.each([
    "What changes did the new law bring?",
    "How did the news agency report it?",
    "Which company announced the changes?",
    // A figure word that is not asked as the newest, or that goes on into a topic.
    "What figure did the report give for inflation?",
    "What was in the latest data breach at the bank?",
    "Any new data center plans?",
  ])("leaves %j as it is", (question) => {
    expect(withoutUpdateWords(question)).toBe(question);
  });
});
