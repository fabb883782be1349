import type { ArticleMeta } from "../../src/core/types";

/** The article the quote-picking tests cut their passages from (texts are the tests' own). */
export const COUNCIL_NOTES: ArticleMeta = {
  id: "a1",
  title: "Council notes",
  titleDerived: false,
  url: "https://example.org/a1",
  published: "2024-05-01",
  publisher: "Example Gazette",
  byline: null,
  section: null,
  language: "en",
  source: "a1.md",
};
