/** A name of the question that a story gives another way: a spelled-out acronym, a seat of government. */
import { clipsAName, namedOtherwise, nameHolding } from "../../../src/core/answerability/named-otherwise";

describe("namedOtherwise", () => {
  const story =
    "Chak Sopheap, executive director of Cambodia Center for Human Rights, said the European Union had suspended 20% of the EBA scheme.";

  it.each([
    ["CCHR", story],
    ["Brussels", story],
    ["Washington", "The U.S. suspended the GSP in 2020."],
    ["Seoul", "South Korea's army evacuated about 80 people."],
    ["Strasbourg", "The European Parliament asked for the charges to be dropped."],
    ["MEPs", "In early May, the European Parliament adopted a resolution."],
    ["MPs", "Parliament voted on the bill on Tuesday."],
    ["united states", "The U.S. suspended the GSP in 2020."],
    ["American", "Four U.S. senators wrote to the prime minister."],
    ["USA", "The U.S. suspended the GSP in 2020."],
    ["British", "The UK government said so."],
    ["NYC", "They run a dungeon in New York."],
    ["nyc", "They run a dungeon in New York."],
    ["USAF", "The Air Force only selected 180 Officers a year."],
    // A party by its nickname or initials.
    ["GOP", "U.S. Senator John Cornyn, Republican from Texas, issued a statement."],
    ["NDP", "Paul Dewar, an Ottawa New Democrat MP, criticised the government."],
    // A name of three or more capitalised words, by the acronym the story writes.
    ["National Invitational Tournament", "UNC declined an NIT invitation on Sunday."],
    ["Food and Drug Administration", "The FDA approved the pill."],
    // An abbreviation of syllables.
    ["LegCo", "The election elects 70 members of the Legislative Council."],
  ])("%s is named in the story another way", (name, text) => {
    expect(namedOtherwise(name, text)).toBe(true);
  });

  it.each([
    ["Bangkok", story],
    ["CCHR", "The Cambodian Human Rights Committee met on Monday."],
    ["Washington", "The minister told us nothing new."],
    ["London", "Protesters in Phnom Penh marched to the court."],
    ["American", "Four senators wrote to the prime minister."],
    ["USA", "Four senators wrote to the prime minister."],
    ["NYC", "They run a dungeon in York."],
    ["USAF", "The force was deployed at dawn."],
    ["GOP", "Senator John Cornyn, a Democrat from Texas, issued a statement."],
    ["NDP", "Paul Dewar, an Ottawa Liberal MP, criticised the government."],
    ["MEPs", "Parliament voted on the bill on Tuesday."],
    // Two initials are too few to tell ("PL"), and the acronym must be written as a word, in capitals.
    ["Premier League", "The PL season starts in August."],
    ["National Invitational Tournament", "The tournament was a nit-picker's dream."],
    ["LegCo", "A large company and the council were not asked."],
  ])("%s is not: another country's capital, another organisation, a pronoun", (name, text) => {
    expect(namedOtherwise(name, text)).toBe(false);
  });
});

describe("nameHolding", () => {
  it("finds the name as the question writes it, two-word seats whole", () => {
    expect(nameHolding("states", "Did the United States pull the trade perks?")).toBe("united states");
    expect(nameHolding("cchr", "What does the CCHR chief say?")).toBe("CCHR");
    expect(nameHolding("penh", "What did Phnom Penh say?")).toBe("phnom penh");
    expect(nameHolding("seoul", "Who did Seoul move out?")).toBe("Seoul");
    expect(nameHolding("invitational", "Which team declined the National Invitational Tournament?")).toBe(
      "National Invitational Tournament",
    );
    expect(nameHolding("drug", "What did the Food and Drug Administration approve?")).toBe(
      "Food and Drug Administration",
    );
    // Two capitalised words are no such name: the word stands alone.
    expect(nameHolding("league", "Who won the Premier League?")).toBe("League");
  });
});

describe("clipsAName", () => {
  const story = "Turnout for the Legislative Council election reached 58%, the highest since 1997.";

  it("reads a word made of the starts of two or three words of a name the story writes", () => {
    expect(clipsAName("Legco", story)).toBe(true);
    expect(namedOtherwise("LegCo", story)).toBe(true);
    expect(clipsAName("Interpol", "the International Police Organisation said")).toBe(true);
  });

  it("is false for one word's start alone, a start of one letter, or words out of order", () => {
    expect(clipsAName("Legis", story)).toBe(false);
    expect(clipsAName("Medina", "the Media Network said")).toBe(false);
    expect(clipsAName("Colegi", story)).toBe(false);
    expect(clipsAName("Lc", story)).toBe(false);
  });
});
