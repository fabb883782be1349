/** Finding the name an acronym spells out in texts that never write the acronym. */
import { mostFrequentSpelling } from "../../src/text/spelled-out-names";

describe("mostFrequentSpelling", () => {
  const texts = [
    "Chak Sopheap, the executive director of Cambodia Center for Human Rights, said so.",
    "A Cambodia Center for Human Rights report followed. The Cold Climate Housing Research lab disagreed.",
    "The Cambodian People’s Party won. New York City’s mayor spoke.",
  ];

  it("finds the run of capitalised words whose initials are the letters, joiners allowed, the most frequent first", () => {
    expect(mostFrequentSpelling("CCHR", texts)).toBe("Cambodia Center for Human Rights");
    expect(mostFrequentSpelling("CPP", texts)).toBe("Cambodian People’s Party");
  });

  it("takes a possessive off the name", () => {
    expect(mostFrequentSpelling("NYC", texts)).toBe("New York City");
  });

  it("finds nothing when no run spells the letters, or in the wrong order", () => {
    expect(mostFrequentSpelling("RHCC", texts)).toBeNull();
    expect(mostFrequentSpelling("XYZ", texts)).toBeNull();
  });

  it("does not spell out two-letter acronyms, which too many runs match by chance", () => {
    expect(mostFrequentSpelling("CS", texts)).toBeNull();
  });

  it("spells out an abbreviation of syllables by its parts: LegCo, the Legislative Council", () => {
    const hk = [
      "The election elects 70 members of the Legislative Council.",
      "The Legal Counsel was not asked.",
    ];
    expect(mostFrequentSpelling("LegCo", hk)).toBe("Legislative Council");
    expect(mostFrequentSpelling("ExCo", hk)).toBeNull();
    // Parts in the wrong order, or a part that only starts a word's letters elsewhere, spell nothing.
    expect(mostFrequentSpelling("CoLeg", hk)).toBeNull();
  });
});
