/** wink-nlp's English model: parts of speech, and whether its lexicon holds a word. */
import { isEnglishWord, tagWords } from "../../src/text/part-of-speech";

describe("isEnglishWord", () => {
  it("holds English words, in any case, and not typos or made-up strings", () => {
    for (const word of ["marker", "intro", "fond", "minister", "Market"])
      expect(isEnglishWord(word)).toBe(true);
    for (const word of ["goverment", "chidren", "recieve", "lnyx", "qwxa"])
      expect(isEnglishWord(word)).toBe(false);
  });

  it("still tells a typo from a word when the tagger first read text full of words it lacks", () => {
    // A fresh copy of the module, loaded by tagging: the words it lacks are added to the model's before any check.
    jest.isolateModules(() => {
      const fresh =
        require("../../src/text/part-of-speech") as typeof import("../../src/text/part-of-speech");
      fresh.tagWords("the goverment of lnyx and qwxb said zorblat");
      expect(fresh.isEnglishWord("goverment")).toBe(false);
      expect(fresh.isEnglishWord("zorblat")).toBe(false);
      expect(fresh.isEnglishWord("marker")).toBe(true);
    });
  });
});

describe("tagWords", () => {
  it("tags each token as written", () => {
    expect(tagWords("Who is the defence minister?").map((w) => w.tag)).toEqual([
      "PRON",
      "AUX",
      "DET",
      "NOUN",
      "NOUN",
      "PUNCT",
    ]);
  });
});
