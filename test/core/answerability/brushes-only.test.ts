/** brushesOnly: a story that meets a question only in everyday words, once each, does not answer it. */
import {
  BRUSH_FOCUS,
  brushesOnly,
  EVERYDAY_WORDS,
  holdsNameOf,
} from "../../../src/core/answerability/brushes-only";
import { contentTokens, toTerm } from "../../../src/text/tokenize";

// Frequency ranks as the word vectors give them: everyday words below EVERYDAY_WORDS, the rest above.
const RANKS: Record<string, number> = {
  river: 576,
  south: 120,
  america: 417,
  longest: 4181,
  bridge: 900,
  built: 700,
  near: 300,
};
const wordRank = (word: string) => RANKS[word] ?? -1;
// The archive's words: everything in the stories below, not "longest" or "america".
const ARCHIVE = new Set(["river", "south", "bridge", "built", "yeoncheon"]);
const archiveHolds = (term: string) => ARCHIVE.has(term);

function questionTerms(question: string) {
  const weights = new Map<string, number>();
  const wordOf = new Map<string, string>();
  for (const token of contentTokens(question)) {
    weights.set(toTerm(token), 1);
    wordOf.set(toTerm(token), token);
  }
  return { weights, wordOf };
}

const ask = (question: string, story: { headline: string; text: string }, missing: string[] = []) => {
  const terms = questionTerms(question);
  return brushesOnly(terms, new Set(missing.map(toTerm)), story, { wordRank, archiveHolds });
};

const FERRY = {
  headline: "Volunteers recall the ferry boats of 2001",
  text: "I loaded ferry boats in Jersey City across the river to deliver goods. The South Street crews helped.",
};

describe("brushesOnly", () => {
  it("marks a story that holds only everyday question words, once each, none in its headline", () => {
    expect(RANKS.river).toBeLessThan(EVERYDAY_WORDS);
    expect(ask("What is the longest river in South America?", FERRY, ["longest", "america"])).toBe(true);
  });

  it("does not mark a story that holds a rare question word", () => {
    const story = { ...FERRY, text: `${FERRY.text} The longest queue was at the pier.` };
    expect(ask("What is the longest river in South America?", story, ["america"])).toBe(false);
  });

  it("does not mark a story with a question word in its headline", () => {
    const story = { ...FERRY, headline: "A river of goods" };
    expect(ask("What is the longest river in South America?", story, ["longest", "america"])).toBe(false);
  });

  it("does not mark a story that repeats enough of the question's weight", () => {
    // "river" and "south" twice each: half of the question's four words, above BRUSH_FOCUS.
    expect(BRUSH_FOCUS).toBeLessThan(0.5);
    const story = {
      ...FERRY,
      text: `${FERRY.text} The river ran south, and south of the river the crews waited.`,
    };
    expect(ask("What is the longest river in South America?", story, ["longest", "america"])).toBe(false);
  });

  it("counts a word without a vector as rare, and leaves numbers aside", () => {
    const story = { headline: "Crews at work", text: "Crews built a bridge over 12 lanes near Yeoncheon." };
    expect(ask("Who built the bridge near Yeoncheon?", story)).toBe(false);
    expect(ask("Who built the 12 bridge over the fjord?", story, ["fjord"])).toBe(true);
  });

  it("does not mark a question whose every word the archive uses (a story missed, not an unrelated question)", () => {
    const story = { headline: "Crews at work", text: "Crews built a bridge over 12 lanes." };
    expect(ask("Who built the bridge near Yeoncheon?", story, ["yeoncheon"])).toBe(false);
    expect(ask("Who built the bridge over the fjord?", story, ["fjord"])).toBe(true);
  });
});

describe("holdsNameOf", () => {
  const story = "A sensitive Environment Canada document was found wet on an Ottawa street.";

  it("is true when the story holds a name of two or more words the question gives", () => {
    expect(holdsNameOf("where exactly was the soggy Environment Canada report picked up", story)).toBe(true);
  });

  it("is false for one capitalised word, the question's first word, or a name the story lacks", () => {
    expect(holdsNameOf("where was the Ottawa report picked up", story)).toBe(false);
    expect(holdsNameOf("Environment Canada lost what?", story)).toBe(false);
    expect(holdsNameOf("What is the longest river in South America?", story)).toBe(false);
  });
});
