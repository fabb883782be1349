/** The answerability decision reads the next story when a weaker, newer one was ranked first. */

import { answerQuestion } from "../../../src/core/answer-question";
import type { AnswerabilityModel } from "../../../src/core/answerability/answerability";
import { decideAnswerable, storyFirst } from "../../../src/core/answerability/decide-answerable";
import { createExtractiveAnswerer } from "../../../src/core/extractive-answerer";
import type { Retriever } from "../../../src/core/retriever";
import type { Passage } from "../../../src/core/types";
import { silentLogger } from "../../../src/logger";
import { zeroSignals } from "../../helpers/answer-signals";
import { storiesRetriever } from "../../helpers/stories-retriever";

const STORIES: Record<string, { title: string; text: string }> = {
  roundup: { title: "The week in brief", text: "Markets fell in India on Monday." },
  holi: { title: "Holi", text: "Millions in India celebrate Holi, the festival of colours." },
  asylum: { title: "Asylum forms", text: "Officials have already withdrawn the interview forms." },
  eba: { title: "Trade", text: "The E.U. has already suspended 20% of EBA." },
  gsp: { title: "Trade", text: "The U.S. has already suspended the GSP." },
};

const retriever = storiesRetriever(STORIES);

/** Answers when at least 3 in 4 of the question's words are in the story read. */
const MODEL: AnswerabilityModel = {
  bias: -7.5,
  weights: { ...zeroSignals(), softCoverage: 10 },
  threshold: 0.5,
};

function passage(id: string, relevance: number, score = 1): Passage {
  const story = STORIES[id] as { title: string; text: string };
  return {
    chunkId: `${id}#0`,
    article: {
      id,
      title: story.title,
      titleDerived: false,
      url: null,
      published: "2023-03-08",
      publisher: null,
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

/** A name of the question the story lacks weighs heavily against answering from it. */
const NAMES: AnswerabilityModel = {
  bias: -2,
  weights: { ...zeroSignals(), softCoverage: 5, missingNamesTop: -5 },
  threshold: 0.5,
};

const question = "Millions in India celebrate which festival?";

describe("decideAnswerable", () => {
  it("answers from the second story when it holds more of the question's words than the first", () => {
    const decision = decideAnswerable(
      question,
      [passage("roundup", 0.3), passage("holi", 1)],
      retriever,
      MODEL,
    );
    expect(decision?.probability).toBeGreaterThanOrEqual(MODEL.threshold);
    expect(decision?.signals.softCoverage).toBe(1);
    // That story is named, so it can lead the quotes.
    expect(decision?.story).toBe("holi");
  });

  it("reads the top story alone when the next holds no more words (a near miss stays refused)", () => {
    const decision = decideAnswerable(
      question,
      [passage("roundup", 1), passage("holi", 1)],
      retriever,
      MODEL,
    );
    expect(decision?.probability).toBeLessThan(MODEL.threshold);
  });

  it("keeps the top story's reading when it answers", () => {
    const decision = decideAnswerable(
      question,
      [passage("holi", 1), passage("roundup", 0.3)],
      retriever,
      MODEL,
    );
    expect(decision?.signals.softCoverage).toBe(1);
    expect(decision?.story).toBeUndefined();
    expect(decideAnswerable(question, [], retriever, MODEL)).toBeNull();
  });

  describe("on a tie in the question's words", () => {
    const asked = "How much of the EBA has Brussels already withdrawn?";

    it("reads the next story when it holds a name the top one lacks", () => {
      const decision = decideAnswerable(
        asked,
        [passage("asylum", 0.5), passage("eba", 0.5)],
        retriever,
        NAMES,
      );
      // The reading is the EBA story's: it holds "EBA", and names Brussels' E.U.
      expect(decision?.signals.missingNamesTop).toBe(0);
      expect(decision?.probability).toBeGreaterThanOrEqual(NAMES.threshold);
    });

    it("keeps the top story's reading when the next lacks the names as well", () => {
      const decision = decideAnswerable(
        asked,
        [passage("asylum", 0.5), passage("gsp", 0.5)],
        retriever,
        NAMES,
      );
      expect(decision?.signals.missingNamesTop).toBe(2);
      expect(decision?.probability).toBeLessThan(NAMES.threshold);
    });
  });
});

describe("the story the decision read", () => {
  it("leads the quotes when it was not the top-ranked story (answer-question.ts)", async () => {
    const ranked: Retriever = {
      ...retriever,
      // A tie in the question's words: the story ranked first lacks "EBA", so the next one is read and answers.
      // Its sentence matches no more of the question than the first story's, which the top story's bonus would
      // otherwise quote first.
      search: async () => [passage("asylum", 0.5), passage("eba", 0.5)],
    };
    const result = await answerQuestion("Has the EBA already been withdrawn?", {
      retriever: ranked,
      answerer: createExtractiveAnswerer(),
      maxQuestionChars: 500,
      logger: silentLogger,
      answerability: NAMES,
    });
    expect(result.ok && result.answer.status).toBe("answered");
    expect(result.ok && result.answer.citations[0]?.quote).toBe(STORIES.eba?.text);
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
