/** A lower-case word the archive never writes, one keystroke from one it does, is read as that word (typo-words.ts). */
import { oneKeystrokeApart, oneKeystrokeAway, withTyposRead } from "../../../src/core/question/typo-words";
import { toTerm } from "../../../src/text/tokenize";

/** The archive's words (with how many stories hold each), and English frequency ranks (-1: no word vector). */
const HELD: Record<string, number> = {
  lynx: 5,
  links: 40,
  government: 300,
  receive: 20,
  corn: 3,
  born: 50,
  prepping: 2,
  discoved: 1,
  openal: 1,
  estimate: 30,
  number: 80,
  sokhonn: 12,
  party: 60,
  pray: 2,
  estate: 4,
  registered: 7,
  register: 3,
  market: 25,
  into: 90,
};
const RANKS: Record<string, number> = {
  lynx: 24_176,
  links: 2_000,
  government: 63,
  goverment: 36_157,
  receive: 1_537,
  recieve: 153_865,
  corn: 4_416,
  born: 350,
  dorn: 40_444,
  prepping: 20_000,
  openal: 90_000,
  estimate: 3_000,
  number: 200,
  party: 500,
  pray: 5_000,
  year: 49,
  ayer: 39_967,
  estate: 1_731,
  registered: 2_500,
  register: 3_000,
  marker: 11_666,
  market: 189,
  intro: 25_906,
  into: 40,
};
const heldTerms = new Map(Object.entries(HELD).map(([word, count]) => [toTerm(word), count]));
const looked: string[] = [];
const retriever = {
  holdsTerm: (term: string) => {
    looked.push(term);
    return heldTerms.has(term);
  },
  wordRank: (word: string) => RANKS[word] ?? -1,
};

describe("oneKeystrokeAway", () => {
  it("holds a letter left out, one too many, two swapped and a neighbouring key, never the word itself", () => {
    const near = oneKeystrokeAway("goverment");
    expect(near.has("government")).toBe(true);
    expect(oneKeystrokeAway("lnyx").has("lynx")).toBe(true);
    expect(oneKeystrokeAway("nuber").has("number")).toBe(true);
    expect(oneKeystrokeAway("numbwr").has("number")).toBe(true);
    expect(oneKeystrokeAway("numbeer").has("number")).toBe(true);
    expect(near.has("goverment")).toBe(false);
  });

  it("keeps the first letter, which may only swap with the second, and hits only neighbouring keys", () => {
    expect(oneKeystrokeAway("repping").has("prepping")).toBe(false);
    expect(oneKeystrokeAway("bumber").has("number")).toBe(false);
    expect(oneKeystrokeAway("ynlx").has("nylx")).toBe(true);
    expect(oneKeystrokeAway("numbrr").has("number")).toBe(true);
    expect(oneKeystrokeAway("numbpr").has("number")).toBe(false);
  });
});

describe("withTyposRead", () => {
  it("reads a word the archive never writes as the archive's word one keystroke away, and says so", () => {
    expect(withTyposRead("latest lnyx estimate pls", retriever)).toEqual({
      question: "latest lynx estimate pls",
      read: [{ typed: "lnyx", read: "lynx" }],
    });
    expect(withTyposRead("what did the goverment recieve", retriever).read).toEqual([
      { typed: "goverment", read: "government" },
      { typed: "recieve", read: "receive" },
    ]);
  });

  it("leaves an English word the archive lacks alone unless its neighbour is far more common", () => {
    expect(withTyposRead("is fishing allowed on lake dorn", retriever).read).toEqual([]);
  });

  it("leaves a word of English's lexicon alone, however much commoner a word a keystroke away is", () => {
    // "marker" (11,666) is 61 times rarer than "market" (189), "intro" 647 times rarer than "into" (40).
    expect(withTyposRead("the date of the vote for an x-axis marker", retriever).read).toEqual([]);
    expect(withTyposRead("need the number for the intro", retriever).read).toEqual([]);
  });

  it("reads a typo only as a common English word, not a name or a typo the archive holds", () => {
    expect(withTyposRead("latest on the openai board", retriever).read).toEqual([]);
    expect(withTyposRead("who discoverd it", retriever).read).toEqual([]);
  });

  it("leaves words typed with a capital, short words, stopwords and words the archive holds alone", () => {
    looked.length = 0;
    expect(withTyposRead("Lnyx numbers of teh lynx", retriever).read).toEqual([]);
    expect(looked).not.toContain(toTerm("teh"));
    expect(looked).not.toContain("of");
  });

  it("picks the neighbour commonest in English", () => {
    // "pary": "party" with its "t" left out, or "pray" with two letters swapped.
    expect(withTyposRead("which pary won", retriever).read).toEqual([{ typed: "pary", read: "party" }]);
  });

  it("reads a stopword too, which the archive need not hold ('yaer' is 'year', not 'ayer')", () => {
    expect(
      withTyposRead("month and yaer", {
        ...retriever,
        holdsTerm: (t) => t === "ayer" || retriever.holdsTerm(t),
      }).read,
    ).toEqual([{ typed: "yaer", read: "year" }]);
  });

  it("leaves a word with two readings about as common as typed, but not two forms of one word", () => {
    // "estmate": "estate" (1,731) or "estimate" (3,000); "registerd": "registered" or "register", one term.
    expect(withTyposRead("does the church estmate", retriever).read).toEqual([]);
    expect(withTyposRead("parties registerd to contest", retriever).read).toEqual([
      { typed: "registerd", read: "registered" },
    ]);
  });

  it("looks up at most four unknown words of one message", () => {
    const many = "qwxa qwxb qwxc qwxd qwxe qwxf lnyx";
    expect(withTyposRead(many, retriever).read).toEqual([]);
  });

  it("reads a lower-case word that is no English word as the one name the archive writes a keystroke away", () => {
    // The archive writes "Sarvis" and "Phailin" with a capital inside its sentences, "exports" never.
    const written: Record<string, string> = { sarvis: "Sarvis", phailin: "Phailin", esports: "eSports" };
    const names = {
      holdsTerm: (term: string) => Object.keys(written).some((w) => toTerm(w) === term),
      wordRank: (word: string) => ({ exports: 3_000 })[word] ?? -1,
      writtenForm: (word: string) => written[word] ?? null,
    };
    expect(withTyposRead("which governor does robert sarviss admire", names)).toEqual({
      question: "which governor does robert sarvis admire",
      read: [{ typed: "sarviss", read: "sarvis" }],
    });
    expect(withTyposRead("cyclone phalin winds", names).read).toEqual([{ typed: "phalin", read: "phailin" }]);
    // An English word, a name written in lower case, a short word, two names a keystroke away: left as typed.
    expect(withTyposRead("cambodia's garment exports", names).read).toEqual([]);
    expect(withTyposRead("sarviss", { ...names, writtenForm: () => null }).read).toEqual([]);
    expect(
      withTyposRead("who is sarvs", { ...names, holdsTerm: (t) => t === toTerm("sarvis") }).read,
    ).toEqual([]);
    const two = { ...written, sarvise: "Sarvise" };
    expect(
      withTyposRead("robert sarviss", {
        ...names,
        holdsTerm: (term) => Object.keys(two).some((w) => toTerm(w) === term),
        writtenForm: (word) => two[word as keyof typeof two] ?? null,
      }).read,
    ).toEqual([]);
  });

  it("reads a long acronym the archive never writes as the one it writes a keystroke or a letter away", () => {
    // The story's database is "NEMISIS"; asked as "NEMESIS" (an "e" for an "i", no neighbouring key).
    const written: Record<string, string> = { nemisis: "NEMISIS", nemesia: "Nemesia", kcna: "KCNA" };
    const acronyms = {
      holdsTerm: (term: string) => Object.keys(written).some((w) => toTerm(w) === term),
      writtenForm: (word: string) => written[word] ?? null,
    };
    expect(withTyposRead("where was the NEMESIS doc found", acronyms)).toEqual({
      question: "where was the NEMISIS doc found",
      read: [{ typed: "NEMESIS", read: "NEMISIS" }],
    });
    // One the archive writes, a short one, or one a letter from a word it writes in title case: as typed.
    expect(withTyposRead("what does NEMISIS do", acronyms).read).toEqual([]);
    expect(withTyposRead("what did KCMA say", acronyms).read).toEqual([]);
    expect(withTyposRead("the NEMESIZ flower", acronyms).read).toEqual([]);
  });

  it("changes nothing without an archive to look words up in", () => {
    expect(withTyposRead("lnyx", {})).toEqual({ question: "lnyx", read: [] });
  });
});

describe("oneKeystrokeApart", () => {
  it("agrees with oneKeystrokeAway's set, word by word, without spelling it out", () => {
    for (const word of ["hashtag", "started", "commune", "iodine", "ab", "aaa"]) {
      const away = oneKeystrokeAway(word);
      const candidates = new Set([word, ...away]);
      for (const variant of [...away].slice(0, 40))
        for (const next of oneKeystrokeAway(variant)) candidates.add(next);
      for (const typed of candidates)
        expect([typed, oneKeystrokeApart(typed, word)]).toEqual([typed, away.has(typed)]);
    }
  });

  it("keeps the first letter (or swaps it with the second) and reads neighbouring keys only", () => {
    expect(oneKeystrokeApart("hastag", "hashtag")).toBe(true);
    expect(oneKeystrokeApart("strated", "started")).toBe(true);
    expect(oneKeystrokeApart("prepping", "repping")).toBe(false);
    expect(oneKeystrokeApart("stprted", "started")).toBe(false);
    expect(oneKeystrokeApart("started", "started")).toBe(false);
  });
});
