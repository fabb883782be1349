/** verifyQuotes: the code-side check that every quote of a written answer is verbatim in the article it cites. */

import { locateVerbatim, normaliseForMatch, verifyQuotes } from "../../../src/core/quotes/verify-quotes";
import type { Passage } from "../../../src/core/types";

const ARTICLES: Record<string, string> = {
  bridge:
    'The Millbrook footbridge will close on April 2 for six weeks.\n\nThe repair will cost 1.4 million dollars — paid from the county’s reserve.\n"Half of our trade walks across that bridge," said baker Lina Ostrow.',
  ferry:
    "Ferry workers began a 48-hour strike on Monday over changes to shift patterns. Details at https://wire.example/ferry.",
  school: "The Harbor school board voted five to two to approve a 48 million dollar budget.",
};

function passage(articleId: string): Passage {
  const text = ARTICLES[articleId] as string;
  return {
    chunkId: `${articleId}#0`,
    article: {
      id: articleId,
      title: `Title ${articleId}`,
      titleDerived: false,
      url: `https://news.example/${articleId}`,
      published: "2024-01-01",
      publisher: "Example",
      byline: null,
      section: null,
      language: "en",
      source: `${articleId}.md`,
    },
    text,
    start: 0,
    end: text.length,
    score: 1,
    relevance: 1,
  };
}

/** Passage 1 ferry, 2 bridge, 3 school: the answer cites 2 first, so it becomes [1]. */
const options = {
  passages: [passage("ferry"), passage("bridge"), passage("school")],
  articleText: (id: string) => ARTICLES[id],
};

describe("locateVerbatim", () => {
  it.each([
    [
      "straight for curly apostrophe, hyphen for em dash",
      "1.4 million dollars - paid from the county's reserve",
      "1.4 million dollars — paid from the county’s reserve",
    ],
    [
      "curly quotes and a line break",
      "“Half of our trade walks across that\nbridge,” said baker",
      '"Half of our trade walks across that bridge," said baker',
    ],
    [
      "a paragraph break as one space",
      "six weeks. The repair will cost",
      "six weeks.\n\nThe repair will cost",
    ],
    [
      "wrapping quotation marks the source lacks",
      "“The Millbrook footbridge will close…”",
      "The Millbrook footbridge will close",
    ],
  ])("matches %s and returns the article's own characters", (_, quote, expected) => {
    const found = locateVerbatim(quote, ARTICLES.bridge as string);
    expect(found).toBe(expected);
    expect(ARTICLES.bridge).toContain(found);
  });

  it.each([
    ["a changed word", "The Millbrook footbridge will shut on April 2"],
    ["a different case", "the millbrook footbridge will close"],
    ["a quote too short to prove anything", "six weeks"],
    ["words from two places glued together", "close on April 2 for 1.4 million dollars"],
  ])("rejects %s", (_, quote) => {
    expect(locateVerbatim(quote, ARTICLES.bridge as string)).toBeUndefined();
  });

  it("maps every normalised character back to its source position", () => {
    const { text, offsets } = normaliseForMatch("a \u201Cb\u201D\u2026\n\n c");
    expect(text).toBe('a "b"... c');
    expect(offsets).toEqual([0, 1, 2, 3, 4, 5, 5, 5, 6, 9]);
  });
});

describe("verifyQuotes", () => {
  it("keeps verified quotes, renumbers sources in order of first citation and removes unbacked markers", () => {
    const result = verifyQuotes(
      {
        text: "The bridge closes on April 2 for six weeks [2, 3]. Ferry workers began a 48-hour strike [1].",
        quotes: [
          { n: 2, quote: "will close on April 2 for six weeks" },
          { n: 1, quote: "Ferry workers began a 48-hour strike on Monday" },
          { n: 3, quote: "The board approved a budget of 50 million dollars" },
        ],
      },
      options,
    );
    expect(result).toEqual({
      text: "The bridge closes on April 2 for six weeks [1]. Ferry workers began a 48-hour strike [2].",
      citations: [
        expect.objectContaining({ n: 1, articleId: "bridge", quote: "will close on April 2 for six weeks" }),
        expect.objectContaining({
          n: 2,
          articleId: "ferry",
          quote: "Ferry workers began a 48-hour strike on Monday",
        }),
      ],
      droppedQuotes: 1,
      droppedSentences: 0,
    });
  });

  it.each([
    ["has no marker", "The bridge closes for six weeks."],
    ["cites only a passage whose quote was fabricated", "The board approved 50 million dollars [3]."],
    ["cites a passage that does not exist", "The bridge closes for six weeks [7]."],
    ["says something its quote does not", "Readers are fools and should panic [2]."],
    ["links somewhere the article does not", "The bridge closes for six weeks, see evil.example/info [2]."],
    [
      "puts words in quotation marks that the article lacks",
      'Ostrow said "the council has betrayed us all" about the six weeks [2].',
    ],
  ])("drops a sentence that %s", (_, sentence) => {
    const result = verifyQuotes(
      {
        text: `The bridge will close on April 2 for six weeks [2]. ${sentence}`,
        quotes: [
          { n: 2, quote: "The Millbrook footbridge will close on April 2 for six weeks." },
          { n: 3, quote: "The board approved a budget of 50 million dollars" },
        ],
      },
      options,
    );
    expect(result?.text).toBe("The bridge will close on April 2 for six weeks [1].");
    expect(result?.droppedSentences).toBe(1);
  });

  it("keeps a link and quoted words that are in the cited article, and moves a marker that opens a sentence", () => {
    const result = verifyQuotes(
      {
        text: 'Workers began a "48-hour strike on Monday". [1] Details are at https://wire.example/ferry [1].',
        quotes: [
          {
            n: 1,
            quote:
              "Ferry workers began a 48-hour strike on Monday over changes to shift patterns. Details at https://wire.example/ferry.",
          },
        ],
      },
      options,
    );
    expect(result?.text).toBe(
      'Workers began a "48-hour strike on Monday". [1] Details are at https://wire.example/ferry [1].',
    );
  });

  it("returns null when nothing verified is left, so the caller falls back to the extractive answer", () => {
    expect(
      verifyQuotes(
        { text: "It closes [2].", quotes: [{ n: 2, quote: "It will close in June for repairs" }] },
        options,
      ),
    ).toBeNull();
    expect(verifyQuotes({ text: "The passages do not say.", quotes: [] }, options)).toBeNull();
  });

  it("caps the text, the number of quotes and the length of each quote (a clipped quote is still verbatim)", () => {
    const long = "The Harbor school board voted five to two to approve a 48 million dollar budget.";
    const result = verifyQuotes(
      {
        text: `The board voted five to two for the budget [3]. ${"The board approved the 48 million dollar budget [3]. ".repeat(40)}`,
        quotes: [
          { n: 3, quote: long },
          { n: 3, quote: "voted five to two to approve" },
          { n: 3, quote: "approve a 48 million dollar budget" },
        ],
      },
      { ...options, maxTextChars: 200, maxQuotes: 2, maxQuoteChars: 40 },
    );
    expect(result?.text.length).toBeLessThanOrEqual(200);
    expect(result?.citations).toHaveLength(2);
    for (const citation of result?.citations ?? []) {
      expect(citation.quote.length).toBeLessThanOrEqual(40);
      expect(ARTICLES.school).toContain(citation.quote);
    }
  });
});
