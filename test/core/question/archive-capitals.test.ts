/** A question typed without capitals is read with the archive's capitals (archive-capitals.ts). */
import {
  syllabicForms,
  typedWithoutCapitals,
  withArchiveCapitals,
  withArchiveLowerCase,
} from "../../../src/core/question/archive-capitals";

const FORMS: Record<string, string> = { manhattan: "Manhattan", eba: "EBA", hun: "Hun", sen: "Sen" };
const asked: string[] = [];
const retriever = {
  writtenForm: (word: string) => {
    asked.push(word);
    return FORMS[word] ?? null;
  },
};

describe("typedWithoutCapitals", () => {
  it("is true without a capitalised word, acronyms in capitals aside", () => {
    expect(typedWithoutCapitals("how many were killed in the 2008 manhattan crane collapse")).toBe(true);
    expect(typedWithoutCapitals("how many medals did team USA win at sochi")).toBe(true);
  });

  it("is false when any word is capitalised, the first included", () => {
    expect(typedWithoutCapitals("What did Hun Sen say?")).toBe(false);
    expect(typedWithoutCapitals("Which government institution announced a code of conduct?")).toBe(false);
  });
});

describe("withArchiveCapitals", () => {
  it("writes each word as the archive usually does, and asks about no stopword or number", () => {
    asked.length = 0;
    expect(withArchiveCapitals("what does eba stand for in the 2019 hun sen speech", retriever)).toBe(
      "what does EBA stand for in the 2019 Hun Sen speech",
    );
    expect(asked).not.toContain("what");
    expect(asked).not.toContain("the");
    expect(asked).not.toContain("2019");
  });

  it("leaves a question typed with capitals as it is", () => {
    asked.length = 0;
    expect(withArchiveCapitals("How many died in the manhattan crane collapse?", retriever)).toBe(
      "How many died in the manhattan crane collapse?",
    );
    expect(asked).toEqual([]);
  });

  it("writes a short, rare word the archive never writes as the acronym of a name the archive spells out", () => {
    const spelling = {
      ...retriever,
      holdsTerm: (term: string) => term !== "cchr" && term !== "xqz" && term !== "usa",
      spelledOut: (acronym: string) =>
        ({ CCHR: "Cambodia Center for Human Rights", USA: "United States Air" })[acronym] ?? null,
      wordRank: (word: string) => ({ cchr: 215_016, usa: 2_249 })[word] ?? -1,
    };
    expect(withArchiveCapitals("remind me who runs cchr", spelling)).toBe("remind me who runs CCHR");
    // No name with those initials; a common English word is not taken for an acronym.
    expect(withArchiveCapitals("who runs xqz", spelling)).toBe("who runs xqz");
    expect(withArchiveCapitals("how did team usa do", spelling)).toBe("how did team usa do");
  });

  it("writes a rare word as an abbreviation of syllables when its initials spell nothing ('legco' → 'LegCo')", () => {
    const looked: string[] = [];
    const spelling = {
      ...retriever,
      holdsTerm: (term: string) => term !== "legco",
      spelledOut: (acronym: string) => {
        looked.push(acronym);
        return ({ LegCo: "Legislative Council" } as Record<string, string>)[acronym] ?? null;
      },
      wordRank: () => -1,
    };
    expect(withArchiveCapitals("who's the youngest legco member", spelling)).toBe(
      "who's the youngest LegCo member",
    );
    expect(looked).toEqual(["LEGCO", "LegCo"]);
  });

  it("reads what was typed, not the spelled-out shorthand, to tell a question typed without capitals", () => {
    expect(
      withArchiveCapitals(
        "which Texas senator slammed manhattan",
        retriever,
        "which tx senator slammed manhattan",
      ),
    ).toBe("which Texas senator slammed Manhattan");
    expect(withArchiveCapitals("which Texas senator slammed manhattan", retriever)).toBe(
      "which Texas senator slammed manhattan",
    );
  });

  it("looks up at most two words as acronyms in a question, so made-up words cost no more", () => {
    const looked: string[] = [];
    const spelling = {
      writtenForm: () => null,
      holdsTerm: () => false,
      spelledOut: (acronym: string) => {
        looked.push(acronym);
        return null;
      },
      wordRank: () => -1,
    };
    withArchiveCapitals("qzxv wkpf brrt zzkq xqjv plmn", spelling);
    expect(looked).toEqual(["QZXV", "WKPF"]);
  });

  it("leaves the question as it is for a retriever that cannot tell", () => {
    expect(withArchiveCapitals("who runs eba", {})).toBe("who runs eba");
  });
});

describe("syllabicForms", () => {
  it("cuts a word into two syllable parts, each with a vowel, three letters first", () => {
    expect(syllabicForms("legco")).toEqual(["LegCo", "LeGco"]);
    expect(syllabicForms("exco")).toEqual(["ExCo"]);
    expect(syllabicForms("cchr")).toEqual([]);
    expect(syllabicForms("qzxv")).toEqual([]);
  });
});

describe("withArchiveLowerCase", () => {
  // The archive writes these in lower case; "citi" is held (the term of "city") but is no English word.
  const LOWER = new Set([
    "persons",
    "crane",
    "number",
    "seats",
    "process",
    "state",
    "department",
    "citi",
    "field",
  ]);
  const archive = {
    writtenForm: (word: string) => (LOWER.has(word) ? null : word.charAt(0).toUpperCase() + word.slice(1)),
    holdsTerm: (term: string) => LOWER.has(term) || ["person", "seat", "citi"].includes(term),
    wordRank: (word: string) => (word === "citi" ? -1 : 500),
  };

  it("reads lone capitalised words the archive writes in lower case so, when there are two or more", () => {
    expect(
      withArchiveLowerCase(
        "How many Persons were injured when the Crane fell into the Grand Mosque in Mecca?",
        archive,
      ),
    ).toBe("How many persons were injured when the crane fell into the Grand Mosque in Mecca?");
    expect(withArchiveLowerCase("How many Seats are there? I need the exact Number.", archive)).toBe(
      "How many seats are there? I need the exact number.",
    );
  });

  it("leaves one such word, names of several words, sentence openings and words that are no English word", () => {
    const kept = [
      "Who was the prosecutor in the Process?",
      "What did the US State Department say about the Crane?",
      "Death toll of the crane collapse on East 51st Street, near the Field?",
      "Any tips for cheap tickets at Citi Field, near the Crane?",
      "Crane fell. Persons: how many?",
      "Draft line: „Persons were hurt“ and a Crane fell?",
    ];
    for (const question of kept) expect(withArchiveLowerCase(question, archive)).toBe(question);
  });

  it("is what withArchiveCapitals does with a question typed with capitals", () => {
    expect(withArchiveCapitals("How many Persons saw the Crane fall?", archive)).toBe(
      "How many persons saw the crane fall?",
    );
  });
});
