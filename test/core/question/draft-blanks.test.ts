/** A draft with a blank to fill, asked as the draft with a question word in the blank (draft-blanks.ts). */
import { withBlankAsked } from "../../../src/core/question/draft-blanks";

describe("withBlankAsked", () => {
  it.each([
    [
      'drafting the tweet: "Cambodia\'s top diplomat ___ sat down with Blinken in DC" - who goes in the blank?',
      "Cambodia's top diplomat who sat down with Blinken in DC?",
    ],
    [
      'IG caption draft: "Sick ants reach for the medicine cabinet - and it cuts their death rate by __" 🐜 what number goes there?',
      "Sick ants reach for the medicine cabinet - and it cuts their death rate by how much?",
    ],
    [
      "Headline: “Stampede near Mecca kills [blank] pilgrims.” How many goes in the gap?",
      "Stampede near Mecca kills how many pilgrims?",
    ],
    ['"The festival opened in ____." which year fits here', "The festival opened in which year?"],
    [
      'Caption: "Andy Warhol donated __ Polaroids." What word goes in the blank?',
      "Andy Warhol donated what Polaroids?",
    ],
  ])("%s → %s", (question, asked) => {
    expect(withBlankAsked(question)).toBe(asked);
  });

  it.each([
    // No blank, no words that ask what fills it, or the words before the draft.
    ['drafting the tweet: "Cambodia\'s top diplomat sat down with Blinken in DC" - who goes in the blank?'],
    ['"Cambodia\'s top diplomat ___ sat down with Blinken" - is that right?'],
    ['Who goes in the blank: "___ sat down with Blinken"?'],
    ["What does ___ mean in a form?"],
  ])("leaves %s as it was", (question) => {
    expect(withBlankAsked(question)).toBe(question);
  });
});
