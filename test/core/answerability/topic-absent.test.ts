/** topicAbsent: a story that holds none of the question's less common nouns, nor a near word, does not answer it. */
import {
  ANCHOR_RANK,
  TOPIC_NEAR,
  TOPIC_RANK,
  type TopicWords,
  topicAbsent,
} from "../../../src/core/answerability/topic-absent";
import { contentTokens, terms, toTerm } from "../../../src/text/tokenize";

// Frequency ranks as the word vectors give them (-1: no vector, which counts as rare).
const RANKS: Record<string, number> = {
  next: 200,
  full: 400,
  moon: 3167,
  time: 64,
  zone: 1387,
  sweden: 1906,
  korea: 533,
  refereed: 9000,
  tag: 6235,
  rainfall: 8206,
  state: 75,
  officials: 129,
  heavy: 900,
};
// Cosines of a question word with the story words near it.
const NEAR: Record<string, Record<string, number>> = { rainfall: { rain: 0.72 }, moon: { sun: 0.45 } };

const words: TopicWords = {
  wordRank: (word) => RANKS[word] ?? -1,
  nearestWords: (asked, texts) => {
    const present = new Set(texts.flatMap((t) => t.toLowerCase().split(/[^\p{L}]+/u)));
    return new Map(
      asked.map((word) => [
        word,
        Math.max(0, ...Object.entries(NEAR[word] ?? {}).map(([w, c]) => (present.has(w) ? c : 0))),
      ]),
    );
  },
};

function ask(question: string, story: { headline: string; text: string }): boolean {
  const weights = new Map<string, number>();
  const wordOf = new Map<string, string>();
  for (const token of contentTokens(question)) {
    weights.set(toTerm(token), 1);
    wordOf.set(toTerm(token), token);
  }
  const held = new Set(terms(`${story.headline}\n${story.text}`));
  const missing = new Set([...weights.keys()].filter((term) => !held.has(term)));
  return topicAbsent(question, { weights, wordOf }, missing, story, words);
}

const TRADE = {
  headline: "EU weighs Cambodia's trade status",
  text: "The next review will be full and public, the commission said. The sun set over the capital.",
};

describe("topicAbsent", () => {
  it("marks a story that meets the question only in everyday words", () => {
    expect(RANKS.moon).toBeGreaterThanOrEqual(TOPIC_RANK);
    expect(ask("When's the next full moon?", TRADE)).toBe(true);
  });

  it("does not mark a story that holds the question's rare noun", () => {
    const story = { ...TRADE, text: `${TRADE.text} The moon rose late.` };
    expect(ask("When's the next full moon?", story)).toBe(false);
  });

  it("does not mark a story with a word near the missing noun, and does below TOPIC_NEAR", () => {
    expect(NEAR.rainfall?.rain).toBeGreaterThanOrEqual(TOPIC_NEAR);
    expect(NEAR.moon?.sun).toBeLessThan(TOPIC_NEAR);
    const flood = { headline: "Floods", text: "Officials said the state saw heavy rain all week." };
    expect(ask("Which state saw heavy rainfall described by officials as rare?", flood)).toBe(false);
    const dry = { headline: "Drought", text: "Officials said the state saw no water all week." };
    expect(ask("Which state saw heavy rainfall described by officials as rare?", dry)).toBe(true);
  });

  it("does not mark a story that holds a less common noun of the question, however rare the missing one", () => {
    // "sweden" is rarer than ANCHOR_RANK, "wc" has no vector: the story holding Sweden answers.
    expect(RANKS.sweden).toBeGreaterThanOrEqual(ANCHOR_RANK);
    const match = { headline: "World Cup day five", text: "Sweden beat Korea 1-0 in Nizhny Novgorod." };
    expect(ask("who refereed sweden v korea at the 2018 wc", match)).toBe(false);
    // Common nouns ("korea" below ANCHOR_RANK) do not hold the topic on their own.
    const other = { headline: "Shelling", text: "North Korea fired shells at the border." };
    expect(ask("who refereed sweden v korea at the 2018 wc", other)).toBe(true);
  });

  it("leaves a question without a rare noun to the other signals", () => {
    expect(RANKS.zone).toBeLessThan(TOPIC_RANK);
    expect(ask("what time zone is it", TRADE)).toBe(false);
  });

  it("reads a longer story word on a missing word's stem ('director' for 'directs'), and still misses the noun", () => {
    const story = { headline: "Lantern festival", text: "The festival's director said so." };
    expect(
      ask("who directs the moon parade?", { ...story, text: `${story.text} The moon parade ran late.` }),
    ).toBe(false);
    expect(ask("who directs the moon?", story)).toBe(true);
  });

  it("reads a less common word the question capitalises, and the story holds, as a name it holds", () => {
    // Tagged or not, "Sweden" here keeps the topic in the story even with "wc" missing.
    const story = { headline: "Day five", text: "Sweden won." };
    expect(ask("Sweden v Korea at the wc — who refereed?", story)).toBe(false);
  });

  it("reads a hashtag as the noun it names", () => {
    const story = {
      headline: "Clock arrest",
      text: "The #IStandWithAhmed hashtag was started by a student.",
    };
    expect(ask("who came up with the #IStandWithAhmed tag?", story)).toBe(false);
    expect(ask("who came up with the #IStandWithAhmed tag?", TRADE)).toBe(true);
  });
});
