import {
  acronymParts,
  acronymsIn,
  asksForExpansion,
  findExpansion,
  withoutExpansionWords,
} from "../../src/text/acronyms";
import { contentTokens } from "../../src/text/tokenize";

const spelled = (acronym: string, text: string) => {
  const span = findExpansion(acronym, text);
  return span && text.slice(span[0], span[1]);
};

describe("acronyms and their expansions", () => {
  it.each([
    ["EBA", "a suspension of Cambodia’s ‘Everything But Arms’ (EBA) status", "Everything But Arms"],
    ["WHO", "The World Health Organisation (WHO) recommends iodised salt.", "World Health Organisation"],
    [
      "ROS",
      "ants die sooner when ingesting ROS [Reactive Oxygen Species, the group of chemicals]",
      "Reactive Oxygen Species",
    ],
    [
      "FIRST",
      "The FIRST Global competition (For Inspiration and Recognition of Science and Technology) was founded",
      "For Inspiration and Recognition of Science and Technology",
    ],
    [
      "NEMISIS",
      "The database was unveiled in 1999 as the National Enforcement Management Information System and Intelligence System.",
      "National Enforcement Management Information System and Intelligence System",
    ],
    // An abbreviation of syllables: each part starts a word.
    ["LegCo", "The election elects 70 members of the Legislative Council.", "Legislative Council"],
    // Kept from Italian: the same initials in another order, right before "(UAAR)".
    [
      "UAAR",
      "The Union of Rationalist Atheists and Agnostics (UAAR) has launched a petition",
      "Union of Rationalist Atheists and Agnostics",
    ],
  ])("finds where the article spells %s out", (acronym, text, expansion) => {
    expect(spelled(acronym, text)).toBe(expansion);
  });

  it("finds no expansion where the words do not spell the acronym, across a line or in the acronym itself", () => {
    expect(spelled("EBA", "The EBA scheme was partly suspended by Everyone.")).toBeNull();
    expect(spelled("KCNA", "Korean Central\nNews Agency")).toBeNull();
    expect(spelled("CNRP", "members of the former CNRP were charged")).toBeNull();
  });

  it("reads acronyms and expansion questions, not all-caps shouting", () => {
    expect(acronymsIn("What does WHO stand for in the KCNA report?")).toEqual(["WHO", "KCNA"]);
    expect(acronymsIn("WHAT IS THIS")).toEqual([]);
    expect(asksForExpansion("What does EBA stand for?")).toBe("EBA");
    expect(asksForExpansion("What is KCNA short for?")).toBe("KCNA");
    expect(asksForExpansion("EBA, what do the letters mean?")).toBe("EBA");
    expect(asksForExpansion("what the initials GSP stand for")).toBe("GSP");
    // A country's initials set the scene beside the acronym asked about.
    expect(asksForExpansion("the US trade program, the GSP, what does that spell out to")).toBe("GSP");
    expect(asksForExpansion("What does US stand for in US-ASEAN?")).toBe("US");
    expect(asksForExpansion("What did the EBA decision change?")).toBeNull();
    // The acronym alone after "what is" asks what the letters are; with more words it asks about the thing.
    expect(asksForExpansion("What's EBA?")).toBe("EBA");
    expect(asksForExpansion("what is the GSP")).toBe("GSP");
    expect(asksForExpansion("What is the EBA status of Cambodia?")).toBeNull();
    expect(asksForExpansion("What is NATO doing?")).toBeNull();
    // "Spell out" asks for the letters too; "spelled" alone does not.
    expect(asksForExpansion("Acronym glossary for the Cambodia story: spell out EBA for me.")).toBe("EBA");
    expect(asksForExpansion("can you spell GSP out")).toBe("GSP");
    expect(asksForExpansion("How is KCNA spelled in the story?")).toBeNull();
  });

  it("leaves out the words that ask for an expansion, not the others", () => {
    const bare = (question: string) => withoutExpansionWords(question).replace(/\s+/g, " ").trim();
    expect(bare("Acronym glossary for the story: spell out EBA for me.")).toBe("for the story: EBA for me.");
    expect(bare("can you spell GSP out")).toBe("can you GSP");
    expect(bare("EBA: way out of the crisis")).toBe("EBA: way out of the crisis");
  });

  it("keeps an acronym that spells a stopword as a content word", () => {
    expect(contentTokens("What does WHO stand for?")).toEqual(["who", "stand"]);
    expect(contentTokens("Who does what?")).toEqual([]);
  });
});

describe("acronymParts", () => {
  it("gives an acronym's letters, and an abbreviation of syllables' parts", () => {
    expect(acronymParts("CCHR")).toEqual(["c", "c", "h", "r"]);
    expect(acronymParts("LegCo")).toEqual(["leg", "co"]);
    expect(acronymParts("ExCo")).toEqual(["ex", "co"]);
    // Not syllables: a part of four small letters or more is a name's ("McGuire").
    expect(acronymParts("McGuire")).toEqual([..."mcguire"]);
  });

  it("spells LegCo only with words that start with its parts, not with its initials alone", () => {
    expect(findExpansion("LegCo", "A Large Company grew.")).toBeNull();
    expect(findExpansion("LegCo", "The LegCo met.")).toBeNull();
  });
});
