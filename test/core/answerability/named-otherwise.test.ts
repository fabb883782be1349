/** A name of the question that a story gives another way: a spelled-out acronym, a seat of government. */
import { namedOtherwise, nameHolding } from "../../../src/core/answerability/named-otherwise";

describe("namedOtherwise", () => {
  const story =
    "Chak Sopheap, executive director of Cambodia Center for Human Rights, said the European Union had suspended 20% of the EBA scheme.";

  it.each([
    ["CCHR", story],
    ["Brussels", story],
    ["Washington", "The U.S. suspended the GSP in 2020."],
    ["Seoul", "South Korea's army evacuated about 80 people."],
    ["Strasbourg", "The European Parliament asked for the charges to be dropped."],
    ["united states", "The U.S. suspended the GSP in 2020."],
    ["American", "Four U.S. senators wrote to the prime minister."],
    ["British", "The UK government said so."],
  ])("%s is named in the story another way", (name, text) => {
    expect(namedOtherwise(name, text)).toBe(true);
  });

  it.each([
    ["Bangkok", story],
    ["CCHR", "The Cambodian Human Rights Committee met on Monday."],
    ["Washington", "The minister told us nothing new."],
    ["London", "Protesters in Phnom Penh marched to the court."],
    ["American", "Four senators wrote to the prime minister."],
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
  });
});
