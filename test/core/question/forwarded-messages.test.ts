/** A reader's message passed on by an editor, read without the editor's words around it. */
import { forwardedMessage } from "../../../src/core/question/forwarded-messages";

describe("forwardedMessage", () => {
  it.each([
    ["A reader writes: 'Who heads the CCHR?' Can we answer?", "Who heads the CCHR?"],
    ["Reader Q from the newsletter inbox: 'When was the CNRP dissolved?'", "When was the CNRP dissolved?"],
    [
      "Got this from a subscriber in Massachusetts — 'Which city was that? Lawrence?' — what do we have?",
      "Which city was that? Lawrence?",
    ],
    ["A listener emailed: “Who met Blinken?” Any idea?", "Who met Blinken?"],
    // A Discord moderator relaying a member's question, with a word of context after it.
    [
      'asks: "which political analyst said the minister offered nothing new?" she wants the name for a citation',
      "which political analyst said the minister offered nothing new?",
    ],
    [
      'mod note: asks "when did the Stardust capsule come back to Earth?" — she\'s referring to the Stardust@home interview',
      "when did the Stardust capsule come back to Earth?",
    ],
    [
      'from the #questions thread —: "who showed up at the court dressed as Lady Justice?" she saw the photo caption',
      "who showed up at the court dressed as Lady Justice?",
    ],
    // Quotes inside the message stay.
    [
      "A reader writes: 'What did the minister mean by \"full commitment\"?' Can we answer?",
      'What did the minister mean by "full commitment"?',
    ],
    // Relayed on air or from an inbox, unquoted: the sender's name ("Jim") names no story.
    [
      "Our listener Jim asks: how many parties are signed up to run in those Cambodian commune races?",
      "how many parties are signed up to run in those Cambodian commune races?",
    ],
    [
      "Our listener Dave asks which peace deal the four US senators told Hun Sen to stick to",
      "which peace deal the four US senators told Hun Sen to stick to",
    ],
    [
      "Caller on line one wants to know when the top court over there broke up the main opposition party",
      "when the top court over there broke up the main opposition party",
    ],
    [
      "quick one from the text line: who's the guy they call the Mets Poet?",
      "who's the guy they call the Mets Poet?",
    ],
    ["A reader writes: who heads the CCHR?", "who heads the CCHR?"],
  ])("%s → %s", (forwarded, message) => {
    expect(forwardedMessage(forwarded)).toBe(message);
  });

  it.each([
    "Who said 'free and fair' about the elections?",
    "What did the minister tell Blinken: 'we are fully committed'?",
    // No sender named before the message.
    "Quick one: 'Who heads the CCHR?' thanks",
    "Which readers wrote: 'we stand with Ahmed'?",
    // Unquoted: a question about readers or callers, a one-word label, a claim told, too little left to ask.
    "How many listeners called the show after the interview?",
    "Which readers asked: who won the vote?",
    "Readers: who won the vote?",
    "A caller said: the CNRP was dissolved in 2018",
    "Caller asks: why?",
  ])("%s stays as asked", (question) => {
    expect(forwardedMessage(question)).toBe(question);
  });

  it("reads hostile input in linear time (a pattern that could cut a run of letters into words many ways took seconds for 50 letters)", () => {
    const trailing = `A reader writes: "x" ${"a".repeat(5_000)} b c d e f g h i j k`;
    expect(forwardedMessage(trailing)).toBe(trailing);
    const many = `A reader writes: "${'x" a b c d e f g h i j k l m '.repeat(100)}`;
    expect(forwardedMessage(many)).toBe(many);
    const long = `A reader writes: "${"Who heads the CCHR? ".repeat(10_000)}" Can we answer?`;
    expect(forwardedMessage(long)).toBe(long);
  });
});
