/** Numbers as speech-to-text writes them, read in figures as the archive writes them. */
import { withSpokenNumbers } from "../../src/text/spoken-numbers";

describe("withSpokenNumbers", () => {
  it.each([
    // Years said in two pairs, and the 2000s said as a count.
    ["the twenty sixteen hong kong legco election", "the 2016 hong kong legco election"],
    ["how many holes did ie six have in march twenty eleven", "how many holes did ie six have in march 2011"],
    ["in nineteen ninety-nine", "in 1999"],
    ["twenty oh nine", "2009"],
    ["the twenty twenty two election", "the 2022 election"],
    ["Twenty Sixteen", "2016"],
    ["nineteen hundred", "1900"],
    ["two thousand and nine", "2009"],
    // A year said vaguely: its decade.
    ["ties that go back to nineteen seventy something", "ties that go back to 1970s"],
    // Counts of two or more words.
    ["fifty three people", "53 people"],
    ["fifty-three people", "53 people"],
    ["eleven thousand seats", "11000 seats"],
    ["two hundred seventy seven vulnerabilities", "277 vulnerabilities"],
    ["two hundred and seventy seven", "277"],
    ["sixty thousand dollars", "60000 dollars"],
    ["fourteen million dollars", "14 million dollars"],
    ["two hundred million", "200 million"],
    ["twenty five", "25"],
  ])("%s → %s", (spoken, written) => {
    expect(withSpokenNumbers(spoken)).toBe(written);
  });

  it.each([
    // One number word alone: a story may write it so too.
    "the one who",
    "twelve years",
    "the two discussed",
    "twenty",
    // Not one number, or a guess around one.
    "one or two",
    "eleven and a half thousand",
    "a hundred thousand",
    "seventeen hundred something kids",
    "eleven thousand or so",
    "fifty-ish",
    "two three",
    // Figures already.
    "the 2016 election",
  ])("%s stays as written", (text) => {
    expect(withSpokenNumbers(text)).toBe(text);
  });
});
