/** An acronym the archive never writes is searched for and quoted by the name the archive spells out. */
import {
  MAX_SPELLED,
  unwrittenAcronyms,
  withNamesSpelledOut,
} from "../../../src/core/question/unwritten-acronyms";

/** An archive that writes "gsp" and spells out CCHR. */
const archive = {
  holdsTerm: (term: string) => term === "gsp",
  spelledOut: (acronym: string) => (acronym === "CCHR" ? "Cambodia Center for Human Rights" : null),
};
const CCHR = { acronym: "CCHR", name: "Cambodia Center for Human Rights" };

describe("unwrittenAcronyms", () => {
  it("reads an abbreviation of syllables the archive never writes too: LegCo", () => {
    const hk = {
      holdsTerm: (term: string) => term === "tiktok",
      spelledOut: (acronym: string) => (acronym === "LegCo" ? "Legislative Council" : null),
    };
    expect(unwrittenAcronyms("turnout in the 2016 HK LegCo election?", hk)).toEqual([
      { acronym: "LegCo", name: "Legislative Council" },
    ]);
    expect(unwrittenAcronyms("What did TikTok say?", hk)).toEqual([]);
  });

  it("finds an acronym the archive never writes, with the name it spells out", () => {
    expect(unwrittenAcronyms("remind me who runs CCHR", archive)).toEqual([CCHR]);
    expect(unwrittenAcronyms("What did CCHR's chief say?", archive)).toEqual([CCHR]);
  });

  it("skips an acronym the archive writes, one it spells out nowhere, and a question asking what one stands for", () => {
    expect(unwrittenAcronyms("When was the GSP suspended?", archive)).toEqual([]);
    expect(unwrittenAcronyms("Who leads the XYZQ?", archive)).toEqual([]);
    expect(unwrittenAcronyms("What does CCHR stand for?", archive)).toEqual([]);
  });

  it(`looks up at most ${MAX_SPELLED} unwritten acronyms a question, each read from the whole archive`, () => {
    const asked: string[] = [];
    const counting = {
      holdsTerm: () => false,
      spelledOut: (acronym: string) => {
        asked.push(acronym);
        return null;
      },
    };
    unwrittenAcronyms("Is ABCD or EFGH or IJKL or MNOP or QRST the one? Not IE9, not UN.", counting);
    expect(asked).toEqual(["ABCD", "EFGH"].slice(0, MAX_SPELLED));
  });

  it("finds none when the retriever cannot tell", () => {
    expect(unwrittenAcronyms("who runs CCHR", {})).toEqual([]);
  });
});

describe("withNamesSpelledOut", () => {
  it("replaces each acronym, as a whole word, by its name", () => {
    expect(withNamesSpelledOut("What did CCHR's chief say of CCHRX?", [CCHR])).toBe(
      "What did Cambodia Center for Human Rights's chief say of CCHRX?",
    );
    expect(withNamesSpelledOut("who runs CCHR", [])).toBe("who runs CCHR");
  });
});
