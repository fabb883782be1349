/** How a text writes a word mid-sentence (written-case.ts): what writtenForm reads from the archive. */
import { type CaseCounts, countCases, usualCapitals } from "../../src/text/written-case";

const count = (text: string, word: string): CaseCounts =>
  countCases(text, word, { upper: 0, title: 0, lower: 0 });

describe("countCases", () => {
  it("counts capitalised, all-capitals and lower-case occurrences of a whole word", () => {
    expect(count("Shares of Microsoft rose, as did microsoft.com and MICROSOFT stock.", "microsoft")).toEqual(
      {
        upper: 1,
        title: 1,
        lower: 1,
      },
    );
    expect(count("It lost its 'Everything But Arms' (EBA) status.", "eba")).toEqual({
      upper: 1,
      title: 0,
      lower: 0,
    });
  });

  it("skips a sentence's first word, a line's first word and a word inside another", () => {
    expect(count("Party leaders met. “Party rules,” he said.\nParty time", "party")).toEqual({
      upper: 0,
      title: 0,
      lower: 0,
    });
    expect(count("the partygoers and the counterparty", "party")).toEqual({ upper: 0, title: 0, lower: 0 });
  });

  it("skips a heading line, where every long word is capitalised", () => {
    expect(count("Election Results of the Day\nthe election was close", "election")).toEqual({
      upper: 0,
      title: 0,
      lower: 1,
    });
  });
});

describe("usualCapitals", () => {
  it("gives the capitalised form when at least the share of enough occurrences are capitalised", () => {
    expect(usualCapitals("sochi", { upper: 0, title: 4, lower: 1 }, 1, 0.8)).toBe("Sochi");
    expect(usualCapitals("eba", { upper: 3, title: 0, lower: 0 }, 1, 0.8)).toBe("EBA");
  });

  it("gives null for a word mostly in lower case, or seen too seldom", () => {
    expect(usualCapitals("party", { upper: 0, title: 3, lower: 2 }, 1, 0.8)).toBeNull();
    expect(usualCapitals("sochi", { upper: 0, title: 0, lower: 0 }, 1, 0.8)).toBeNull();
    expect(usualCapitals("sochi", { upper: 0, title: 1, lower: 0 }, 2, 0.8)).toBeNull();
  });
});
