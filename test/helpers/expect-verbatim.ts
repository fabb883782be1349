/** Asserts the core promise: every quote is a verbatim substring of its cited article's normalised text. */
import type { LiveArchive } from "../../src/core/live-archive";
import type { Answer } from "../../src/core/types";

export async function expectQuotesVerbatim(archive: LiveArchive, answer: Answer): Promise<void> {
  const retriever = await archive.retriever();
  for (const citation of answer.citations) {
    const text = retriever.articleText(citation.articleId);
    expect(text).toBeDefined();
    expect(citation.quote.length).toBeGreaterThan(0);
    expect(text).toContain(citation.quote);
  }
}
