/**
 * `npm run eval`'s data set (realtimeqa-dev from ../shared, the Wikinews fixtures as distractors) through the
 * real pipeline, held to the quality targets of README "Performance" so a regression fails CI.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  defaultDataset,
  type EvalQuestion,
  evaluate,
  evaluateBaseline,
  type ModeSummary,
  prepareArchive,
  readQuestions,
} from "../tools/eval/eval-lib";
import { SHARED_DIR } from "./paths";

describe("realtimeqa-dev with Wikinews distractors (npm run eval's data set)", () => {
  let workDir: string | undefined;
  const byMode = new Map<string, ModeSummary>();
  let articles = 0;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "newsroom-qa-data-"));
    const dataset = defaultDataset(SHARED_DIR);
    const questions: EvalQuestion[] = [];
    for (const file of dataset.questions) questions.push(...(await readQuestions(file)));
    const prepared = await prepareArchive({ articles: dataset.articles, workDir });
    articles = prepared.summary.articles;
    const runs = (["vector", "bm25", "hybrid"] as const).map((mode) => ({ mode, dated: false }));
    const { summaries } = await evaluate(prepared, questions, [...runs, { mode: "hybrid", dated: true }]);
    for (const s of summaries) byMode.set(s.mode, s);
    for (const dated of [false, true]) {
      const { summary } = evaluateBaseline(prepared, questions, dated);
      byMode.set(summary.mode, summary);
    }
  }, 110_000);

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it("ingests the 100 CNN articles and the 43 Wikinews articles", () => {
    expect(articles).toBe(143);
  });

  // recall@5 was 95.7 % before the near-miss gate and quote hygiene; 94.7 % measured now (one question).
  // recall@1 86.2 % and answer-hit 71.3 % before the surface-word article ranking (87.2 %, 73.4 % after);
  // 88.3 % since how-many quotes prefer the number that counts the asked thing. Answer-hit 72.3 % since
  // where-questions prefer a sentence naming something new: "Where did the data leak occur?" quotes "one billion
  // Chinese citizens" first and no longer says "China" (reporter paraphrases +4 of 118, archive +2 for it).
  // 71.3 % since answer-hit reads the quotes alone: "6" (months) had matched the citation date "(2022-06-27)".
  it("keeps hybrid at recall@1 ≥ 88 %, recall@5 ≥ 94 %, answer-hit ≥ 71 %, ≤ 3 quotes", () => {
    const hybrid = byMode.get("hybrid")!;
    expect(hybrid.inArchive).toBe(94);
    expect(hybrid.recallAt1).toBeGreaterThanOrEqual(0.88);
    expect(hybrid.recallAt5).toBeGreaterThanOrEqual(0.94);
    expect(hybrid.answerHit).toBeGreaterThanOrEqual(0.71);
    expect(hybrid.maxQuotes).toBeLessThanOrEqual(3);
  });

  // Over the 90 questions whose gold article has real text (the held-out protocol): 97.8 % dated (88/90), 2.1 %
  // refused; "on January 6, 2021" was refused before event dates fell back to later stories that name them.
  it("keeps hybrid+dates at recall@1 ≥ 97 % over golds with text, and refuses ≤ 3 % in-archive questions", () => {
    const dated = byMode.get("hybrid+dates")!;
    expect(dated.recallAt1Text).toBeGreaterThanOrEqual(0.97);
    expect(dated.notFoundRate).toBeLessThanOrEqual(0.03);
  });

  it("keeps hybrid at least as good as either single mode on recall@5", () => {
    const recall = (mode: string) => byMode.get(mode)?.recallAt5 ?? Number.NaN;
    expect(recall("hybrid")).toBeGreaterThanOrEqual(recall("bm25"));
    expect(recall("hybrid")).toBeGreaterThanOrEqual(recall("vector"));
  });

  // Measured with the article-led ranking: hybrid 86.2 % = baseline 86.2 %; hybrid+dates 92.6 % = baseline+dates
  // 92.6 % (90.4 % before). Now 87.2 / 86.2 % and 93.6 / 92.6 %; with text 91.1 / 90.0 % and 97.8 / 96.7 %.
  it("ranks as well as the plain whole-article BM25 baseline, undated and with dates", () => {
    const r1 = (mode: string) => byMode.get(mode)?.recallAt1 ?? Number.NaN;
    expect(r1("hybrid")).toBeGreaterThanOrEqual(r1("baseline"));
    expect(r1("hybrid+dates")).toBeGreaterThanOrEqual(r1("baseline+dates"));
    expect(r1("hybrid+dates")).toBeGreaterThan(r1("hybrid"));
    const text = (mode: string) => byMode.get(mode)?.recallAt1Text ?? Number.NaN;
    expect(text("hybrid")).toBeGreaterThanOrEqual(text("baseline"));
    expect(text("hybrid+dates")).toBeGreaterThanOrEqual(text("baseline+dates"));
  });

  it("quotes verbatim in every mode", () => {
    for (const s of [...byMode.values()].filter((m) => !m.mode.startsWith("baseline"))) {
      expect(s.quotes).toBeGreaterThan(0);
      expect({ mode: s.mode, verbatim: s.quotesVerbatim }).toEqual({ mode: s.mode, verbatim: s.quotes });
    }
  });
});
