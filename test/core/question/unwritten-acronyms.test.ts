/** An acronym the archive never writes is searched as the name the archive spells out. */
import { MAX_SPELLED, spellOutUnwrittenAcronyms } from "../../../src/core/question/unwritten-acronyms";

/** An archive that writes "gsp" and spells out CCHR. */
const archive = {
  holdsTerm: (term: string) => term === "gsp",
  spelledOut: (acronym: string) => (acronym === "CCHR" ? "Cambodia Center for Human Rights" : null),
};

describe("spellOutUnwrittenAcronyms", () => {
  it("replaces an acronym the archive never writes with the name it spells out", () => {
    expect(spellOutUnwrittenAcronyms("remind me who runs CCHR", archive)).toBe(
      "remind me who runs Cambodia Center for Human Rights",
    );
    expect(spellOutUnwrittenAcronyms("What did CCHR's chief say?", archive)).toBe(
      "What did Cambodia Center for Human Rights's chief say?",
    );
  });

  it("keeps an acronym the archive writes, and one it spells out nowhere", () => {
    expect(spellOutUnwrittenAcronyms("When was the GSP suspended?", archive)).toBe(
      "When was the GSP suspended?",
    );
    expect(spellOutUnwrittenAcronyms("Who leads the XYZQ?", archive)).toBe("Who leads the XYZQ?");
  });

  it("keeps the acronym of a question that asks what it stands for", () => {
    expect(spellOutUnwrittenAcronyms("What does CCHR stand for?", archive)).toBe("What does CCHR stand for?");
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
    spellOutUnwrittenAcronyms("Is ABCD or EFGH or IJKL or MNOP or QRST the one? Not IE9, not UN.", counting);
    expect(asked).toEqual(["ABCD", "EFGH"].slice(0, MAX_SPELLED));
  });

  it("changes nothing when the retriever cannot tell", () => {
    expect(spellOutUnwrittenAcronyms("who runs CCHR", {})).toBe("who runs CCHR");
  });
});
