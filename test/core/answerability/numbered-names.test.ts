/** A name with a number is one version, model or mission: a story about another does not answer it. */
import { missingNumberedNames, numberedNames } from "../../../src/core/answerability/numbered-names";

const IE6 =
  "Microsoft launched a campaign to persuade users to stop using Internet Explorer 6. IE6 has 277 vulnerabilities. " +
  "Development of Internet Explorer 9 (IE9) is almost complete. Tuesday, March 8, 2011";

describe("numberedNames", () => {
  it("reads a name and its number", () => {
    expect(numberedNames("How many security flaws does Internet Explorer 8 have?")).toEqual([
      { words: ["Internet", "Explorer"], number: "8" },
    ]);
    expect(numberedNames("When does Title 42 expire?")).toEqual([{ words: ["Title"], number: "42" }]);
  });

  it.each([
    "What happened on March 8?",
    "About 100 people attended. Who spoke?",
    "After 35 years, which show closed on Broadway?",
    "Which team routed the Florida Panthers 9-3 this week?",
    "Apple unveiled its iPhone 15 lineup. What changes?",
    "What share of Cambodians backed the CPP 60% of the time?",
    "When does Season 3 of the show premiere?",
  ])("reads no numbered name in %s", (question) => {
    expect(numberedNames(question)).toEqual([]);
  });
});

describe("missingNumberedNames", () => {
  it("finds another version missing and the asked one given, by its name, its initials or in Roman numerals", () => {
    expect(missingNumberedNames("How many flaws does Internet Explorer 8 have?", [IE6])).toEqual([
      "Internet Explorer 8",
    ]);
    expect(missingNumberedNames("When will Microsoft end support for Internet Explorer 11?", [IE6])).toEqual([
      "Internet Explorer 11",
    ]);
    expect(missingNumberedNames("How many flaws does Internet Explorer 6 have?", [IE6])).toEqual([]);
    expect(missingNumberedNames("When is Internet Explorer 9 out?", ["IE9 ships next month."])).toEqual([]);
    expect(
      missingNumberedNames("How many watched Super Bowl 57?", ["Super Bowl LVII drew 115 million."]),
    ).toEqual([]);
    // "Explorer 80" is not "Explorer 8".
    expect(missingNumberedNames("Who made Explorer 8?", ["The Explorer 80 probe."])).toEqual(["Explorer 8"]);
  });
});
