/** Issue #16: a speaker's role is kept as written, with a short form beside it for display. */
import { findQuotations } from "../../src/quotations/find-speakers";
import { organisationAcronyms, shortRole } from "../../src/quotations/short-role";

const article =
  "The Cambodian Center for Human Rights (CCHR) and the Ministry of Justice published reports.\n\n" +
  "“Peaceful assemblies continue to be interfered with,” said Chak Sopheap, the executive director of " +
  "Cambodian Center for Human Rights.\n\n" +
  "“This is the law enforcement, not a violation of rights,” said Chin Malin, a secretary of state at the " +
  "Ministry of Justice.\n\n" +
  "“The government always refuses reports by rights groups,” said Am Sam Ath, the operations director of " +
  "the human rights group Licadho.";

describe("short roles", () => {
  test("acronyms are the ones the article defines as Name (ACR), spelled by the name's capitals", () => {
    const acronyms = organisationAcronyms(
      "The Ministry of Environment (MoE) met the Institute for Coastal Studies (ICS) in (B) hall (TV).",
    );
    expect([...acronyms]).toEqual([
      ["Ministry of Environment", "MoE"],
      ["Institute for Coastal Studies", "ICS"],
    ]);
  });

  test("acronym for a defined organisation, no leading article, 'director of the Org' as 'director, Org'", () => {
    const acronyms = new Map([["Institute for Coastal Studies", "ICS"]]);
    expect(shortRole("a senior researcher at the Institute for Coastal Studies (ICS)", acronyms)).toBe(
      "senior researcher, ICS",
    );
    expect(shortRole("a secretary of state at the Ministry of Justice", acronyms)).toBe(
      "secretary of state, Ministry of Justice",
    );
    expect(shortRole("the operations director of the human rights group Licadho", acronyms)).toBe(
      "operations director of the human rights group Licadho",
    );
    expect(shortRole("Political analyst", acronyms)).toBe("Political analyst");
  });

  test("findQuotations keeps the role as written and adds the short form only where it differs", () => {
    const speakers = findQuotations(article).map((q) => q.speaker);
    expect(speakers).toEqual([
      {
        name: "Chak Sopheap",
        role: "the executive director of Cambodian Center for Human Rights",
        shortRole: "executive director, CCHR",
      },
      {
        name: "Chin Malin",
        role: "a secretary of state at the Ministry of Justice",
        shortRole: "secretary of state, Ministry of Justice",
      },
      {
        name: "Am Sam Ath",
        role: "the operations director of the human rights group Licadho",
        shortRole: "operations director of the human rights group Licadho",
      },
    ]);
  });
});
