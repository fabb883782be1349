import { roleMissing, roleTold } from "../../../src/core/question/asked-role";

describe("roleMissing", () => {
  const interview =
    "McKenzie, a silver and bronze Paralympic medalist in wheelchair basketball, retired after the 2012 Summer Paralympics in London. I captained in 2010.";

  it("is true when a role asked by its verb is never written, as the verb or its agent noun", () => {
    expect(roleMissing("who coached the gliders at london 2012?", interview)).toBe(true);
    expect(roleMissing("Who invented the printing press?", interview)).toBe(true);
  });

  it("is false when the story writes the verb or its agent noun, or the question asks no role", () => {
    expect(roleMissing("who captained the gliders in 2010?", interview)).toBe(false);
    expect(
      roleMissing("who coached the gliders?", `${interview} The Gliders' coach, John Triscari, said so.`),
    ).toBe(false);
    expect(
      roleMissing("Who co-founded the group?", "The group's founders, Ana Ruiz and Tom Hale, met in 2001."),
    ).toBe(false);
    expect(roleMissing("who took the title at the championship", interview)).toBe(false);
    // "officiated" has no agent noun of its own: a story says "referee".
    const match = "Kim Min-Woo conceded a penalty which the match referee Joel Aguilar awarded Sweden.";
    expect(roleMissing("who refereed sweden v south korea", match)).toBe(false);
    expect(roleMissing("who officiated sweden v south korea", match)).toBe(false);
  });

  it("is true when the story writes the agent noun only of no one: not a person in the role", () => {
    const seats =
      "However, the JSC will recieve pilot and commander seats from the flight deck of the last shuttle flight.";
    expect(roleMissing("Who commanded the last shuttle flight?", seats)).toBe(true);
    expect(
      roleMissing(
        "Who commanded the last shuttle flight?",
        "Chris Ferguson commanded the last shuttle flight.",
      ),
    ).toBe(false);
    expect(
      roleMissing(
        "Who commanded the last shuttle flight?",
        "The last shuttle flight's commander, Chris Ferguson, said…",
      ),
    ).toBe(false);
    expect(roleMissing("Who co-founded the group?", "The group's founders met in 2001.")).toBe(true);
  });

  it("is true when the story writes the role only away from the question's other words", () => {
    const day =
      "Belgium beat Panama 3 – 0 in Sochi.\n\nIn the second half, Hwang was booked. In the 62nd minute the match referee Joel Aguilar awarded Sweden a penalty.";
    expect(roleMissing("who refereed belgium v panama?", day)).toBe(true);
    expect(roleMissing("who refereed sweden v south korea?", day)).toBe(false);
  });
});

describe("roleTold", () => {
  it("tests a sentence for the role's verb or its agent noun", () => {
    const told = roleTold("who refereed sweden v south korea?");
    expect(told?.("The match referee Joel Aguilar awarded Sweden a penalty.")).toBe(true);
    expect(told?.("Sweden beat South Korea, Andreas Granqvist scoring.")).toBe(false);
    expect(roleTold("Who co-founded the group?")?.("Its founders met in 2001.")).toBe(true);
  });

  it("is null for a question that asks no role", () => {
    expect(roleTold("who scored for sweden against south korea?")).toBeNull();
  });
});
