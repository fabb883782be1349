/** A timeline story below the floor may say one topic word another way, never two, never the rarest. */
import type { Retriever } from "../../../src/core/retriever";
import { holdsTopic } from "../../../src/core/time/timeline";
import type { Passage } from "../../../src/core/types";
import { toTerm } from "../../../src/text/tokenize";
import { COUNCIL_NOTES } from "../../helpers/article-meta";

/**
 * Stories as their words; "estimates" weighs 1.27 to "lynx"'s 1, so a story with "lynx" alone holds 0.44 of the
 * topic; nearest words as a table of cosines; English rarity by rank.
 */
function retrieverOf(
  stories: Record<string, string[]>,
  cosines: Record<string, number>,
  ranks: Record<string, number>,
) {
  const fake: Pick<Retriever, "termWeight" | "missingTerms" | "nearestWords" | "wordRank" | "articleText"> = {
    termWeight: (term) => (term === toTerm("estimates") ? 1.27 : 1),
    missingTerms: (terms, id) => terms.filter((t) => !(stories[id] ?? []).map(toTerm).includes(t)),
    nearestWords: (words) => new Map(words.map((w) => [w, cosines[w] ?? 0])),
    wordRank: (word) => ranks[word] ?? 100,
    articleText: (id) => (stories[id] ?? []).join(" "),
  };
  return fake as unknown as Retriever;
}
const passageOf = (id: string, relevance: number): Passage => ({
  chunkId: `${id}#0`,
  article: { ...COUNCIL_NOTES, id },
  text: "",
  start: 0,
  end: 0,
  score: 1,
  relevance,
});

describe("holdsTopic", () => {
  const stories = {
    prelim: ["lynx", "preliminary", "figure"],
    tunnel: ["trains", "run", "tunnel"],
  };
  const ranks = { lynx: 30_000, estimates: 2_000, run: 200, central: 900, bank: 800 };

  it("keeps a story at or above the floor without reading it", () => {
    expect(holdsTopic("lynx estimates", retrieverOf({}, {}, ranks), 0.5)(passageOf("any", 0.5))).toBe(true);
  });

  it("keeps a story that says one topic word another way and holds the rarest as written", () => {
    const retriever = retrieverOf(stories, { estimates: 0.64 }, ranks);
    expect(holdsTopic("lynx estimates", retriever, 0.5)(passageOf("prelim", 0.44))).toBe(true);
  });

  it("not when the other word is only loosely near (cosine under 0.5)", () => {
    const retriever = retrieverOf(stories, { estimates: 0.45 }, ranks);
    expect(holdsTopic("lynx estimates", retriever, 0.5)(passageOf("prelim", 0.44))).toBe(false);
  });

  it("not when the story lacks the topic's rarest word, however near the words it has", () => {
    const retriever = retrieverOf({ other: ["estimates"] }, { lynx: 0.9 }, ranks);
    expect(holdsTopic("lynx estimates", retriever, 0.5)(passageOf("other", 0.4))).toBe(false);
  });

  it("not when two topic words are missing, however near ('Titans' alone of 'the Titan sub search')", () => {
    const retriever = retrieverOf(
      { football: ["titans", "season"] },
      { sub: 0.9, search: 0.9 },
      { titan: 10_000 },
    );
    expect(holdsTopic("the Titan sub search", retriever, 0.5)(passageOf("football", 0.3))).toBe(false);
  });

  it("not for a story with words near 'central' and 'bank' but only 'run' as written", () => {
    const retriever = retrieverOf(stories, { central: 0.9, bank: 0.9 }, ranks);
    expect(holdsTopic("run the central bank", retriever, 0.3)(passageOf("tunnel", 0.2))).toBe(false);
  });
});
