/** The eval's summary rows that match the held-out measures: gold with real text, answer in the gold text. */
import { type EvalQuestion, type QuestionResult, summarise } from "../../tools/eval/eval-lib";

const question = (id: string): EvalQuestion => ({
  id,
  question: `${id}?`,
  answers: ["Paris"],
  choices: [],
  goldUrls: [`https://example.org/${id}`],
  expected: [],
  outOfArchive: false,
  date: null,
});

const result = (id: string, facts: Partial<QuestionResult>): QuestionResult => ({
  id,
  question: `${id}?`,
  status: "answered",
  ranked: [],
  gold: [`a_${id}`],
  goldRank: 1,
  citedGoldRank: 1,
  goldText: true,
  answerInGold: true,
  answerHit: true,
  cleanHit: null,
  expectedFound: null,
  missingExpected: [],
  quotes: 1,
  quotesVerbatim: 1,
  ms: 1,
  reply: "",
  ...facts,
});

describe("summarise", () => {
  it("counts recall@1 over golds with text, and answer-hit over answers found in the gold text", () => {
    const questions = ["a", "b", "c", "d"].map(question);
    const summary = summarise("hybrid", questions, [
      result("a", {}),
      // A failed scrape: its miss counts in recall@1, not in the gold-with-text row.
      result("b", { goldRank: null, goldText: false, answerInGold: false, answerHit: false }),
      result("c", { goldRank: 2, answerHit: false }),
      // The answer is not in the gold text: its hit counts in answer-hit only.
      result("d", { answerInGold: false, answerHit: true }),
    ]);
    expect(summary.recallAt1).toBeCloseTo(2 / 4);
    expect(summary.recallAt1Text).toBeCloseTo(2 / 3);
    expect(summary.answerHit).toBeCloseTo(2 / 4);
    expect(summary.answerHitInGold).toBeCloseTo(1 / 2);
  });
});
