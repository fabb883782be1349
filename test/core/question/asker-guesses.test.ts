/** The asker's guess after a question is not what is asked. */
import { splitGuesses } from "../../../src/core/question/asker-guesses";

describe("splitGuesses", () => {
  it.each([
    [
      "Which American official did he sit down with? I think it was Antony Blinken but my husband says Pompeo.",
      "Which American official did he sit down with?",
      ["I think it was Antony Blinken but my husband says Pompeo."],
    ],
    ["Which city was that? Lawrence?", "Which city was that?", ["Lawrence?"]],
    [
      "What was the turnout rate? I think you said 68%?",
      "What was the turnout rate?",
      ["I think you said 68%?"],
    ],
    ["How much does the cocktail cost? Ten dollars?", "How much does the cocktail cost?", ["Ten dollars?"]],
    ["How long was the document? Was it 130 pages?", "How long was the document?", ["Was it 130 pages?"]],
    [
      "Your piece said the stampede was the deadliest. Which year was that? I think it was 1990.",
      "Your piece said the stampede was the deadliest. Which year was that?",
      ["I think it was 1990."],
    ],
  ])("%s", (question, asked, guesses) => {
    expect(splitGuesses(question)).toEqual({ asked, guesses });
  });

  it.each([
    // No question before it: the guess is the question.
    "I think the CNRP was dissolved in 2017?",
    // A second question of its own.
    "Who heads the CCHR? What did she say about the election?",
    "Who met Blinken? Did he raise the GSP?",
    // A remark, not a guess.
    "what's the minister's actual name? i keep seeing it spelled diff ways",
  ])("%s has no guess", (question) => {
    expect(splitGuesses(question)).toEqual({ asked: question, guesses: [] });
  });
});
