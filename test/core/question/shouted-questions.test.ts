/** A question typed in capitals throughout is read in lower case (shouted-questions.ts). */
import { checkQuestion } from "../../../src/core/question/check-question";
import { isShouted, unshouted } from "../../../src/core/question/shouted-questions";

describe("isShouted", () => {
  it.each([
    ["WHEN DID THE US PULL CAMBODIA'S GSP TRADE PERKS", true],
    ["FAN EXPO 2016 ESPORTS FINAL, WHO TOOK IT?", true],
    ["STS-135 COMMANDER NAME?", true],
    // Acronyms, not shouting: too few letters or words.
    ["GSP?", false],
    ["WHO IS CCHR", false],
    // Any lower-case letter: typed with capitals where they belong.
    ["When did the US pull Cambodia's GSP?", false],
    ["what does eba stand for", false],
  ])("%j → %p", (text, shouted) => {
    expect(isShouted(text)).toBe(shouted);
  });
});

describe("unshouted", () => {
  it("lower-cases a shouted question and leaves others as typed", () => {
    expect(unshouted("WHEN DID THE US PULL THE GSP")).toBe("when did the us pull the gsp");
    expect(unshouted("When did the US pull the GSP?")).toBe("When did the US pull the GSP?");
  });

  it("searches a shouted question in lower case but echoes it as typed", () => {
    const checked = checkQuestion("WHEN DID THE US PULL CAMBODIA'S GSP TRADE PERKS", 500);
    expect(checked).toMatchObject({
      ok: true,
      question: "WHEN DID THE US PULL CAMBODIA'S GSP TRADE PERKS",
      query: "when did the us pull cambodia's gsp trade perks",
    });
  });
});
