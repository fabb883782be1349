/** Issue #16: a correction note stored with the article is left out of the model's passages unless asked about. */
import type { Passage } from "../../src/core/types";
import { buildPrompt } from "../../src/openai/build-prompt";
import { correctionNotes } from "../../src/text/correction-notes";

const text =
  "The library will open until nine on weekdays.\n\nCorrection: An earlier version misspelled the librarian's name.";
const passage: Passage = {
  chunkId: "lib#0",
  article: {
    id: "lib",
    title: "Library hours",
    titleDerived: false,
    url: null,
    published: "2024-02-20",
    publisher: "Quillfield Post",
    byline: null,
    section: null,
    language: "en",
    source: "lib.md",
    corrections: correctionNotes(text),
  },
  text,
  start: 0,
  end: text.length,
  score: 1,
  relevance: 1,
};
const prompt = (question: string) =>
  buildPrompt({ question, context: [], passages: [passage], nonce: "n0", maxSentences: 3 }).user;

it("leaves the note out of the passage", () => {
  const user = prompt("How late does the library open?");
  expect(user).toContain("The library will open until nine on weekdays.\n</passage-n0>");
  expect(user).not.toContain("misspelled");
});

it("keeps it when the question asks about corrections", () => {
  expect(prompt("Was the library story corrected?")).toContain("Correction: An earlier version misspelled");
});
