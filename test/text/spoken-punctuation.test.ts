/** A dictated question's spoken marks and spelled letters, written (spoken-punctuation.ts). */
import { checkQuestion } from "../../src/core/question/check-question";
import { withSpokenPunctuation } from "../../src/text/spoken-punctuation";

describe("withSpokenPunctuation", () => {
  it.each([
    [
      "chin ma lin from the justice ministry comma what government human rights body is he in charge of question mark",
      "chin ma lin from the justice ministry, what government human rights body is he in charge of?",
    ],
    [
      "what does g s p stand for in the cambodia story question mark",
      "what does GSP stand for in the cambodia story?",
    ],
    [
      "what's e b a short for comma the european trade thing cambodia could lose question mark",
      "what's EBA short for, the european trade thing cambodia could lose?",
    ],
    [
      "which industries would it help full stop list them please",
      "which industries would it help. list them please",
    ],
    ["what did a u s senator say question mark", "what did a US senator say?"],
    // Some dictation writes the letters in capitals.
    [
      "What does the abbreviation E B A stand for question mark new line thank you",
      "What does the abbreviation EBA stand for? thank you",
    ],
    ["who won exclamation mark tell me", "who won! tell me"],
    ["how long was the flight period", "how long was the flight."],
  ])("%s", (dictated, written) => {
    expect(withSpokenPunctuation(dictated)).toBe(written);
  });

  it.each([
    // Typed with punctuation of its own: "comma" is the word.
    "Who used the Oxford comma?",
    "What does the question mark in the headline mean?",
    // Dictated, but the words are meant: a period inside, "i" and "a" alone.
    "what is the period of the orbit",
    "who is i stand with ahmed",
    "what is a b movie",
  ])("leaves %s as it is", (question) => {
    expect(withSpokenPunctuation(question)).toBe(question);
  });

  it("is how a dictated question is searched, and the reply echoes what was said", () => {
    const said = "what does g s p stand for question mark";
    expect(checkQuestion(said, 500)).toEqual({ ok: true, question: said, query: "what does GSP stand for?" });
  });
});
