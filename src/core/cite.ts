/** Numbers sources in order of first citation and builds the Answer value around chosen quotes. */
import type { Answer, Citation, Passage } from "./types";

export interface QuoteInput {
  passage: Passage;
  quote: string;
}

/** One citation per quote; quotes from the same article share its number. */
export function buildCitations(quotes: QuoteInput[]): {
  citations: Citation[];
  numberOf: (articleId: string) => number;
} {
  const numbers = new Map<string, number>();
  const citations = quotes.map(({ passage, quote }) => {
    const meta = passage.article;
    let n = numbers.get(meta.id);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(meta.id, n);
    }
    return {
      n,
      articleId: meta.id,
      title: meta.title,
      publisher: meta.publisher,
      published: meta.published,
      url: meta.url,
      quote,
    };
  });
  return { citations, numberOf: (articleId) => numbers.get(articleId) ?? 0 };
}

export function notFoundAnswer(question: string, asOf: string | null): Answer {
  const scope = asOf ? ` (it holds articles up to ${asOf})` : "";
  return {
    status: "not_found",
    question,
    text: `I couldn't find anything about that in the archive${scope}, so I won't guess. Try other words, or ask about another story.`,
    citations: [],
    asOf,
  };
}
