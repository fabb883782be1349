/** A Retriever over a few in-memory stories, for the answerability tests: weights 1, given word-vector cosines. */
import type { Retriever } from "../../src/core/retriever";
import { terms } from "../../src/text/tokenize";

export type Stories = Record<string, { title: string; text: string }>;

export function storiesRetriever(stories: Stories, near: Map<string, number> = new Map()): Retriever {
  return {
    version: "test",
    asOf: null,
    search: async () => [],
    termWeight: () => 1,
    articleText: (id) => stories[id]?.text,
    missingTerms: (wanted, id) => {
      const story = stories[id];
      const present = new Set(terms(`${story?.title ?? ""} ${story?.text ?? ""}`));
      return wanted.filter((t) => !present.has(t));
    },
    nearestWords: (words) => new Map(words.map((w) => [w, near.get(w) ?? 0])),
  };
}
