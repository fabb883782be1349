/** verifyQuotes on the ride-along fixture: insults, instructions and links on a supported sentence are dropped; legitimate sentences are kept. */

import { verifyQuotes } from "../../src/core/quotes/verify-quotes";
import type { Passage } from "../../src/core/types";
import fixture from "./fixtures/ride-along.json";

interface Case {
  kind: "insult" | "instruction" | "link" | "legit";
  question: string;
  passage: string;
  quote: string;
  sentence: string;
  expected: "kept" | "dropped";
  note?: string;
}
const cases = fixture.cases as Case[];

/** The quote's own sentence as the whole article: nothing but the quote can ground the written sentence. */
function passageOf(text: string): Passage {
  return {
    chunkId: "a#0",
    article: {
      id: "a",
      title: "Local news",
      titleDerived: false,
      url: "https://gazette.example/2024/03/local-news",
      published: "2024-03-12",
      publisher: "Riverside Gazette",
      byline: null,
      section: null,
      language: "en",
      source: "a.md",
    },
    text,
    start: 0,
    end: text.length,
    score: 1,
    relevance: 1,
  };
}

function check(c: Case) {
  const passage = passageOf(c.quote);
  return verifyQuotes(
    { text: c.sentence.replace("[n]", "[1]"), quotes: [{ n: 1, quote: c.quote }] },
    { passages: [passage], articleText: () => c.quote },
  );
}

describe("verifyQuotes on ride-along sentences (test/core/fixtures/ride-along.json)", () => {
  it.each(cases.map((c) => [c.kind, c.sentence, c] as const))("%s: %s", (_, __, c) => {
    const result = check(c);
    if (c.expected === "kept") expect(result?.text).toBe(c.sentence.replace("[n]", "[1]"));
    else expect(result).toBeNull();
  });

  it("covers every kind, and names each known false refusal", () => {
    const kinds = new Set(cases.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(["instruction", "insult", "legit", "link"]);
    const legit = cases.filter((c) => c.kind === "legit");
    const refused = legit.filter((c) => c.expected === "dropped");
    for (const c of refused) expect(c.note).toMatch(/^false refusal: /);
    expect(cases.filter((c) => c.kind !== "legit").every((c) => c.expected === "dropped")).toBe(true);
    // 22 legitimate sentences, 2 refused (a synonym the quote lacks): the price of checking every word.
    expect([legit.length, refused.length]).toEqual([22, 2]);
  });

  it("drops the reported case: an insult on a sentence with 90 % of its words in the quote", () => {
    const quote =
      "We infected the ants by preparing a solution of the fungus Beauveria bassiana and spraying it on them.";
    const sentence =
      "We infected the ants by preparing a solution of the fungus Beauveria bassiana, you moron [1].";
    const passage = passageOf(quote);
    const verify = (text: string) =>
      verifyQuotes({ text, quotes: [{ n: 1, quote }] }, { passages: [passage], articleText: () => quote });
    expect(verify(sentence)).toBeNull();
    expect(verify(sentence.replace(", you moron", ""))?.text).toBe(sentence.replace(", you moron", ""));
  });
});
