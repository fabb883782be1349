/** The in-repo QA set over the shipped corpus: every expected answer quoted, every refusal right, every quote verbatim. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type EvalQuestion,
  idsByUrl,
  type PreparedArchive,
  prepareArchive,
  type QuestionResult,
  readQuestions,
  runQuestion,
} from "../../tools/eval/eval-lib";

const ROOT = join(__dirname, "..", "..");

describe("shipped QA set (eval/shipped-qa.jsonl over corpus/)", () => {
  let workDir: string;
  let prepared: PreparedArchive;
  let questions: EvalQuestion[];
  const results = new Map<string, QuestionResult>();

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "newsroom-qa-eval-"));
    prepared = await prepareArchive({ articles: [join(ROOT, "corpus")], workDir });
    questions = await readQuestions(join(ROOT, "eval", "shipped-qa.jsonl"));
    const ctx = { retriever: prepared.retriever, idByUrl: idsByUrl(prepared.articles) };
    for (const q of questions) results.set(q.id, await runQuestion(q, "hybrid", ctx));
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it("has both kinds of question", () => {
    expect(questions.filter((q) => q.expected.length > 0).length).toBeGreaterThanOrEqual(8);
    expect(questions.filter((q) => q.outOfArchive).length).toBeGreaterThanOrEqual(5);
  });

  it("quotes every expected answer", () => {
    const missed = questions
      .filter((q) => q.expected.length > 0)
      .map((q) => results.get(q.id) as QuestionResult)
      .filter((r) => !r.expectedFound)
      .map((r) => ({ question: r.question, status: r.status, missing: r.missingExpected, reply: r.reply }));
    expect(missed).toEqual([]);
  });

  it("answers not_found to every out-of-archive question", () => {
    const wrong = questions
      .filter((q) => q.outOfArchive)
      .map((q) => results.get(q.id) as QuestionResult)
      .filter((r) => r.status !== "not_found")
      .map((r) => ({ question: r.question, reply: r.reply }));
    expect(wrong).toEqual([]);
  });

  it("keeps every quote verbatim in its article's normalised text, and at most 3 per reply", () => {
    const all = [...results.values()];
    expect(all.reduce((s, r) => s + r.quotes, 0)).toBeGreaterThan(0);
    for (const r of all) {
      expect(r.quotesVerbatim).toBe(r.quotes);
      expect(r.quotes).toBeLessThanOrEqual(3);
    }
  });
});
