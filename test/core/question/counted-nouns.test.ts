/** countsOnlyOthers: a sentence whose every number is written before something other than the asked words. */
import { countsOnlyOthers } from "../../../src/core/question/counted-nouns";

/** Names the asked words as written: readers, volunteers. */
const readers = (words: string[]) => words.some((word) => word === "readers" || word === "volunteers");

describe("countsOnlyOthers", () => {
  it("is true when each number counts another word", () => {
    const sentence = "As many readers as wish record a version, so you get 20 + versions of the same poem.";
    expect(countsOnlyOthers(sentence, readers)).toBe(true);
    expect(countsOnlyOthers("The readers chose 12 poems and 3 novels.", readers)).toBe(true);
    expect(countsOnlyOthers("Readers picked about 14 million unique titles.", readers)).toBe(true);
  });

  it("is false when a number counts the asked words, or stands with no word of its own", () => {
    expect(countsOnlyOthers("It has 400 volunteers and 12 poems.", readers)).toBe(false);
    expect(countsOnlyOthers("We have 14 million readers.", readers)).toBe(false);
    expect(countsOnlyOthers("The readers rose to 345.", readers)).toBe(false);
    expect(countsOnlyOthers("The readers number 345 or more.", readers)).toBe(false);
    expect(countsOnlyOthers("Readers: 345, says the site.", readers)).toBe(false);
  });

  it("is false for a sentence without a number, and reads no digit inside a name", () => {
    expect(countsOnlyOthers("Many readers record poems.", readers)).toBe(false);
    expect(countsOnlyOthers("Readers of U2 fanzines.", readers)).toBe(false);
  });
});
