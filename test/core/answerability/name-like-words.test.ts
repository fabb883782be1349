/** nameLikeWords: a word the archive never writes, typed without a name's capital, read as a name by the word vectors. */
import {
  NAME_MARGIN,
  NAME_NEAR,
  type NameLikeLookups,
  nameLikeWords,
} from "../../../src/core/answerability/name-like-words";
import { nearestWords, wordRank } from "../../../src/index/search/nearest-words";
import { terms } from "../../../src/text/tokenize";

const TAIPEI = {
  title: "Lantern Festival in Taipei lights up the night",
  text:
    "Taipei, Taiwan — The Taipei City Lantern Festival was off to a bright start on Saturday as hundreds of " +
    "thousands of people crowded onto the Chiang Kai Shek Memorial near downtown Taipei to watch mayor Hau " +
    "Lung-bin light the lantern scenes. Started in 1990, the festival marks the end of the Chinese New Year.",
};
const CAMBODIA = {
  title: "Cambodian minister meets Blinken",
  text:
    "Foreign Affairs Minister Prak Sokhonn met Secretary of State Antony Blinken in Washington. Senator Ed Markey " +
    "represents a large Cambodian community. The EU withdrew part of the Everything But Arms scheme.",
};
const story = (s: { title: string; text: string }) => `${s.title}\n${s.text}`;

/** The real word vectors; the archive is the two stories. */
function lookups(...stories: { title: string; text: string }[]): NameLikeLookups {
  const held = new Set(stories.flatMap((s) => terms(story(s))));
  return { holdsTerm: (term) => held.has(term), wordRank, nearestWords };
}

describe("nameLikeWords", () => {
  const archive = lookups(TAIPEI, CAMBODIA);

  it("reads a place typed in lower case, or as a note's first word, as a name", () => {
    expect(
      nameLikeWords(
        "how many people go to the kaohsiung lantern festival each year",
        [],
        story(TAIPEI),
        archive,
      ),
    ).toEqual(["kaohsiung"]);
    expect(
      nameLikeWords("Kaohsiung lantern festival 2007 — visitor numbers?", [], story(TAIPEI), archive),
    ).toEqual(["kaohsiung"]);
  });

  it("does not read a place the archive writes, nor one the question already names", () => {
    expect(
      nameLikeWords("how many people go to the taipei lantern festival", [], story(TAIPEI), archive),
    ).toEqual([]);
    expect(
      nameLikeWords(
        "How many visitors did the Kaohsiung lantern festival draw?",
        ["kaohsiung"],
        story(TAIPEI),
        archive,
      ),
    ).toEqual([]);
  });

  it("does not read chat words, typos or words the archive writes run together", () => {
    for (const question of [
      "In what year the United States suspended the GSP for Cambodia? obrigado",
      "Comms for Senator Markey's office here: which city's Cambodian community does he represent?",
      "how much of the Everything But Arms deal did the EU withdrew, asante",
      "how many people went to the Taipei lantern festivall",
    ])
      expect(nameLikeWords(question, [], story(CAMBODIA), archive)).toEqual([]);
    const librivox = lookups({ title: "LibriVox", text: "LibriVox records books read by volunteers." });
    expect(
      nameLikeWords(
        "whats the founder's favourite book on libri vox",
        [],
        "LibriVox records books.",
        librivox,
      ),
    ).toEqual([]);
  });

  it("does not read a place in a draft's claim, the asker's own story or offered readings", () => {
    expect(
      nameLikeWords(
        "Draft says the festival is held in kaohsiung. Which city hosts it per our story?",
        [],
        story(TAIPEI),
        archive,
      ),
    ).toEqual([]);
  });

  it("needs a name of the story near enough, and clearly nearer than its other words", () => {
    const near = (name: number, word: number): NameLikeLookups => ({
      ...archive,
      nearestWords: (words, texts) =>
        new Map(words.map((w) => [w, /\bTaipei\b/.test(texts.join(" ")) ? name : word])),
    });
    const ask = (lookup: NameLikeLookups) =>
      nameLikeWords("how many people went to the kaohsiung lantern festival", [], story(TAIPEI), lookup);
    expect(ask(near(NAME_NEAR, NAME_NEAR - NAME_MARGIN - 0.01))).toEqual(["kaohsiung"]);
    expect(ask(near(NAME_NEAR - 0.01, 0))).toEqual([]);
    expect(ask(near(0.8, 0.8 - NAME_MARGIN + 0.01))).toEqual([]);
  });
});
