/** "What share of <a named group>…?" (asked-share.ts; the veto itself: asked-figure.test.ts). */
import { shareGroupNames, shareMissing } from "../../../src/core/question/asked-share";

describe("shareGroupNames", () => {
  it.each([
    ["What share of New Zealand schoolkids are iodine deficient?", ["New", "Zealand"]],
    ["what % of British teenage girls are iodine deficient?", ["British"]],
    ["What proportion of Australian primary pupils lack enough iodine?", ["Australian"]],
    ["What share of Hong Kong voters cast ballots in the LegCo poll?", ["Hong", "Kong"]],
    // An owner is not the group; a group without a name, or no share asked, gives none.
    ["What share of Cambodia's everything-but-arms access has Brussels already frozen", []],
    ["What share of the browser market did Internet Explorer hold in 2009?", []],
    ["How many New Zealand schoolkids are iodine deficient?", []],
    // A group of people by its place after the noun, and a rate among a named group.
    ["What percent of the children in New Zealand have iodine deficiency?", ["New", "Zealand"]],
    ["what's the iodine deficiency rate among nz schoolkids", ["NZ"]],
    ["iodine deficiency rate in NZ kids — same study?", ["NZ"]],
    // Not a rate in an event, nor a thing's share in a place.
    ["What was the turnout rate in the 2016 Hong Kong LegCo election?", []],
    ["what share of salt in Oz actually gets iodine added", []],
  ])("%s → %j", (question, names) => {
    expect(shareGroupNames(question)).toEqual(names);
  });
});

describe("shareMissing", () => {
  it("is null for a question that asks no named group's share", () => {
    expect(shareMissing("How many pupils lack iodine?", "Almost half of pupils do.")).toBeNull();
    expect(shareMissing("What share of the browser market did IE hold?", "IE held 70 percent.")).toBeNull();
  });
});

describe("shareMissing, naming the group", () => {
  const flag =
    "The New Zealand government intends to hold two referendums, although a recent poll found only a quarter of citizens favoured changing the flag.";

  it("takes a demonym for its country and a name for its initials, in the sentence that gives the share", () => {
    expect(shareMissing("what share of New Zealanders favour a new flag?", flag)).toBe(false);
    expect(shareMissing("what % of British girls lack iodine?", "In Britain, 70 percent of girls do.")).toBe(
      false,
    );
    expect(
      shareMissing(
        "What proportion of Cambodia's Everything But Arms trade preferences has the EU suspended?",
        "Meanwhile, the E.U. has already suspended 20% of EBA.",
      ),
    ).toBe(false);
  });

  it("reads initials asked as a place the sentence spells out, not inside a longer name", () => {
    const spelled = "In New Zealand, 30 percent of children lacked iodine.";
    expect(shareMissing("iodine deficiency rate among NZ kids?", spelled)).toBe(false);
    const agency = "Almost half of children are deficient, said Food Standards Australia New Zealand.";
    expect(shareMissing("iodine deficiency rate among NZ kids?", agency)).toBe(true);
  });

  it("takes a people named as chat names them for its country's names", () => {
    const misophonia =
      "It's likely that you are one of the 18% of people in the UK who suffer from a condition called misophonia.";
    expect(shareMissing("What percentage of Brits suffer from misophonia?", misophonia)).toBe(false);
    expect(shareMissing("what share of Kiwis back a new flag?", "In NZ, a quarter of voters do.")).toBe(
      false,
    );
    // Another country's share is still not theirs.
    expect(
      shareMissing("What percentage of Brits suffer from misophonia?", "In France, 18% of people do."),
    ).toBe(true);
  });

  it("takes the E.U.'s initials for 'European' and 'EU'", () => {
    const eba = "The U.S in 2020 suspended the GSP. Meanwhile, the E.U. has already suspended 20% of EBA.";
    const european = "What share of Cambodia's European trade preferences has Brussels already withdrawn?";
    expect(shareMissing(european, eba)).toBe(false);
    expect(
      shareMissing("What share of Cambodia's EU duty-free perks has Brussels already pulled?", eba),
    ).toBe(false);
    expect(shareMissing(european, "The U.S. has suspended 20% of the GSP.")).toBe(true);
  });

  it("is true when the sentence with a share names another group", () => {
    const iodine =
      "Almost half of all Australian primary school children are deficient. Food Standards Australia New Zealand agreed.";
    expect(shareMissing("What share of New Zealand schoolkids are iodine deficient?", iodine)).toBe(true);
    // Initials must stand as a word: "NZD" is not "NZ".
    expect(
      shareMissing("What share of New Zealand schoolkids lack iodine?", "Half of NZD accounts are new."),
    ).toBe(true);
  });
});
