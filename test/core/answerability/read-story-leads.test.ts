/**
 * The story whose reading decided that the archive answers leads the quotes too: a story ranked first whose own
 * reading was refused is not quoted ahead of the story the decision read (answer-question.ts, storyFirst).
 */

import { answerQuestion } from "../../../src/core/answer-question";
import type { AnswerabilityModel } from "../../../src/core/answerability/answerability";
import { storyFirst } from "../../../src/core/answerability/decide-answerable";
import { createExtractiveAnswerer } from "../../../src/core/extractive-answerer";
import type { Retriever } from "../../../src/core/retriever";
import type { Passage } from "../../../src/core/types";
import { silentLogger } from "../../../src/logger";
import { zeroSignals } from "../../helpers/answer-signals";
import { storiesRetriever } from "../../helpers/stories-retriever";

const STORIES = {
  asylum: { title: "Asylum forms", text: "Officials have already withdrawn the interview forms." },
  eba: { title: "Trade", text: "The E.U. has already suspended 20% of EBA." },
};

/** A name of the question the story lacks weighs heavily against answering from it. */
const MODEL: AnswerabilityModel = {
  bias: -2,
  weights: { ...zeroSignals(), softCoverage: 5, missingNamesTop: -5 },
  threshold: 0.5,
};

function passage(id: keyof typeof STORIES, relevance: number, score: number): Passage {
  const story = STORIES[id];
  return {
    chunkId: `${id}#0`,
    article: {
      id,
      title: story.title,
      titleDerived: false,
      url: `https://news.example/${id}`,
      published: "2023-03-08",
      publisher: "Example News",
      byline: null,
      section: null,
      language: "en",
      source: `${id}.md`,
    },
    text: story.text,
    start: 0,
    end: story.text.length,
    score,
    relevance,
  };
}

describe("the story the answerability decision read", () => {
  it("leads the quotes when it was not the top-ranked story", async () => {
    const retriever: Retriever = {
      ...storiesRetriever(STORIES),
      // A tie in the question's words: the story ranked first lacks "EBA", so the next one is read and answers.
      // Its sentence matches no more of the question than the first story's, which the top story's bonus would
      // otherwise quote first.
      search: async () => [passage("asylum", 0.5, 1), passage("eba", 0.5, 1)],
    };
    const result = await answerQuestion("Has the EBA already been withdrawn?", {
      retriever,
      answerer: createExtractiveAnswerer(),
      maxQuestionChars: 500,
      logger: silentLogger,
      answerability: MODEL,
    });
    expect(result.ok && result.answer.status).toBe("answered");
    expect(result.ok && result.answer.citations[0]?.title).toBe("Trade");
  });

  it("storyFirst moves one story's passages ahead, keeping each group's order", () => {
    const passages = [passage("asylum", 0.5, 1), passage("eba", 1, 0.9), passage("asylum", 0.4, 0.8)];
    expect(storyFirst(passages, "eba").map((p) => [p.article.id, p.score])).toEqual([
      ["eba", 0.9],
      ["asylum", 1],
      ["asylum", 0.8],
    ]);
  });
});
