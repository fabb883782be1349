import { differenceMissing } from "../../../src/core/question/asked-difference";

const CLIMATE =
  "Rising ozone would affect crop yields in the tropics. The effect of warming was smaller than expected. " +
  "Researchers said the two would compound.";

describe("differenceMissing", () => {
  it("refuses 'the difference between X and Y' of a story that never names both in one sentence", () => {
    expect(differenceMissing("What's the difference between affect and effect?", CLIMATE)).toBe(true);
    expect(differenceMissing("whats the difference between affect and effect", CLIMATE)).toBe(true);
    expect(differenceMissing("what is the difference between a typhoon and a hurricane", CLIMATE)).toBe(true);
    // The words quoted.
    expect(differenceMissing("What's the difference between 'affect' and 'effect'?", CLIMATE)).toBe(true);
    expect(differenceMissing("difference between “affect” and “effect”?", CLIMATE)).toBe(true);
  });

  it("answers it from a sentence that names both, in any form", () => {
    const glossary = `${CLIMATE} Editors note that "affect" is usually a verb and "effects" a noun.`;
    expect(differenceMissing("What's the difference between affect and effect?", glossary)).toBe(false);
  });

  it("sets phrases side by side by the words they do not share", () => {
    const study = "A research team has analysed effects of ozone pollution over 2000 - 2050 on crop yields.";
    const question = "What's the difference between a cohort study and a case-control study?";
    expect(differenceMissing(question, study)).toBe(true);
    expect(
      differenceMissing(question, `${study} A cohort study follows people; a case-control study looks back.`),
    ).toBe(false);
    // "crop yields and ozone levels": a word of each side in one sentence is enough.
    expect(differenceMissing("what's the difference between crop yields and ozone levels", CLIMATE)).toBe(
      false,
    );
    expect(differenceMissing("what's the difference between crop yields and sea levels", CLIMATE)).toBe(true);
  });

  it("leaves names, phrases and other questions to the other rules", () => {
    // Names: "NYC" is written "New York" in the story; the time-zone rules read it.
    expect(differenceMissing("what's the time difference between Sochi and NYC", CLIMATE)).toBe(false);
    // Words after the pair, or everyday words in it: not a plain pair of general words.
    expect(differenceMissing("what's the difference between ozone and warming for yields", CLIMATE)).toBe(
      false,
    );
    expect(differenceMissing("How did warming affect crop yields?", CLIMATE)).toBe(false);
  });
});
