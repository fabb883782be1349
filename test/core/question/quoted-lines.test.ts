/** A reply that quotes an earlier message ("> …") and then asks: the own words asked, the quote beside them. */
import { checkQuestion } from "../../../src/core/question/check-question";
import { quotedLines } from "../../../src/core/question/quoted-lines";

describe("quotedLines", () => {
  it.each([
    // Their own line is asked; the quoted one is someone else's words.
    [
      "> Sam is doing the Mecca piece for tonight\nhow many were wounded?",
      { own: "how many were wounded?", quoted: ["Sam is doing the Mecca piece for tonight"] },
    ],
    // Own words before and after the quote, a blank line, Windows line ends.
    [
      "following up:\r\n>who met Blinken?\r\n\r\nwhich summit was it?",
      { own: "following up:\n\nwhich summit was it?", quoted: ["who met Blinken?"] },
    ],
    // Discord's ">>> " quotes every line after it.
    [
      "where was he born?\n>>> can someone pull\nthe Shalev interview",
      { own: "where was he born?", quoted: ["can someone pull", "the Shalev interview"] },
    ],
    // Only a second of the quote: the quote is asked.
    ["> who met Blinken?\n+1", { own: "who met Blinken?", quoted: [] }],
    ["> who met Blinken?\nbump, cc @dana", { own: "who met Blinken?", quoted: [] }],
    [
      "> who met Blinken?\n> in DC\nfollowing up on this — any update?",
      { own: "who met Blinken?\nin DC", quoted: [] },
    ],
    ["> who met Blinken?", { own: "who met Blinken?", quoted: [] }],
    // No quote: as typed. A ">" inside a line, or not followed by a space, quotes nothing.
    ["who met Blinken?\nin DC", { own: "who met Blinken?\nin DC", quoted: [] }],
    ["turnout > 50%?\n>50 seats?", { own: "turnout > 50%?\n>50 seats?", quoted: [] }],
    // A quote marker with nothing quoted.
    [">\nwho met Blinken?", { own: ">\nwho met Blinken?", quoted: [] }],
  ])("%j", (raw, expected) => {
    expect(quotedLines(raw)).toEqual(expected);
  });
});

describe("checkQuestion with a quoted message", () => {
  it("searches the own words, keeps the quote as context and echoes all that was typed", () => {
    const checked = checkQuestion("> can someone pull the <@U1> Shalev interview\nwhere was he born?", 500);
    expect(checked).toMatchObject({
      ok: true,
      question: "> can someone pull the <@U1> Shalev interview where was he born?",
      query: "where was he born?",
      quoted: ["can someone pull the Shalev interview"],
    });
  });

  it("asks the quote when the own words only second it", () => {
    expect(checkQuestion("> who met Blinken?\n+1", 500)).toMatchObject({
      ok: true,
      query: "who met Blinken?",
    });
    expect(checkQuestion("> who met Blinken?\n+1", 500)).not.toHaveProperty("quoted");
  });
});
