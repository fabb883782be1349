/** A word's term's keys are in the word as written: a sentence is never ruled out that holds the term. */
import { wordVectors } from "../../src/embedders/word-vectors";
import { baseTerm, formsOf } from "../../src/text/irregular-forms";
import { termKeys } from "../../src/text/term-keys";
import { tokenize, toTerm } from "../../src/text/tokenize";
import { articleTexts } from "../helpers/article-texts";

const holds = (word: string, term: string) => termKeys(term).some((key) => word.includes(key));

/** Every word of the repository's article texts (the Wikinews set, the fixtures, the shipped article). */
const words = () => new Set(articleTexts().flatMap(tokenize));

describe("termKeys", () => {
  it("finds every word of the article fixtures by its term's keys", () => {
    const all = words();
    expect(all.size).toBeGreaterThan(5000);
    const missed = [...all].filter((word) => !holds(word, toTerm(word)));
    expect(missed).toEqual([]);
  });

  it("finds every word of the word vectors' English (321k words) by its term's keys", () => {
    const all = wordVectors().words.flatMap(tokenize);
    expect(all.length).toBeGreaterThan(300_000);
    const missed = all.filter((word) => !holds(word, toTerm(word)));
    expect(missed).toEqual([]);
  });

  it.each([
    ["hoping", "hope"],
    ["happy", "happi"],
    ["skies", "sky"],
    ["dying", "die"],
    ["generalization", "general"],
    ["elections", "elect"],
  ])("finds %s by the keys of its term %s", (word, term) => {
    expect(toTerm(word)).toBe(term);
    expect(holds(word, term)).toBe(true);
  });

  it("finds an irregular form by its base word's term ('left' for 'leave')", () => {
    expect(formsOf(baseTerm("leave"))).toContain("left");
    for (const form of ["left", "won", "children", "sworn", "brought"])
      expect(holds(form, baseTerm(form))).toBe(true);
  });

  it("keys are selective: a term's key is not found in unrelated words", () => {
    expect(holds("the minister spoke on tuesday", toTerm("elections"))).toBe(false);
    expect(holds("the minister spoke on tuesday", toTerm("ministers"))).toBe(true);
  });
});
