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
