/** Pasted links, mentions and markup around a question change nothing in the answer (shipped corpus). */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerQuestion } from "../../src/core/answer-question";
import { createExtractiveAnswerer } from "../../src/core/extractive-answerer";
import type { AskResult } from "../../src/core/types";
import { silentLogger } from "../../src/logger";
import {
  type EvalQuestion,
  type PreparedArchive,
  prepareArchive,
  readQuestions,
} from "../../tools/eval/eval-lib";

const ROOT = join(__dirname, "..", "..");

const NOISE: [string, (q: string) => string][] = [
  ["a pasted link", (q) => `${q} https://cambojanews.com/some-story/?utm_source=slack`],
  ["a Slack link", (q) => `<https://cambojanews.com/x|cambojanews.com/x> ${q}`],
  ["Discord mentions", (q) => `<@123456789012345678> <@&456> ${q}`],
  ["a channel and an emoji", (q) => `${q} <#C024BE91L|newsroom> :eyes: 🙏`],
  ["a link without scheme", (q) => `${q} cambojanews.com/2022/05/19/story`],
  ["a one-line code block", (q) => `\`\`\`${q}\`\`\``],
  [
    "an HTML link pasted from a web page",
    (q) => `<p>${q} <a href="https://cambojanews.com/2022/05/19/story/">cambojanews.com</a></p>`,
  ],
];

describe("noisy questions over the shipped corpus", () => {
  let workDir: string;
  let prepared: PreparedArchive;
  let questions: EvalQuestion[];

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "newsroom-qa-noise-"));
    prepared = await prepareArchive({ articles: [join(ROOT, "corpus")], workDir });
    questions = (await readQuestions(join(ROOT, "eval", "shipped-qa.jsonl"))).filter(
      (q) => q.expected.length,
    );
  });

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  const ask = (question: string): Promise<AskResult> =>
    answerQuestion(question, {
      retriever: prepared.retriever,
      answerer: createExtractiveAnswerer(),
      maxQuestionChars: 500,
      logger: silentLogger,
    });
  const gist = (result: AskResult) =>
    result.ok
      ? { status: result.answer.status, quotes: result.answer.citations.map((c) => c.quote) }
      : { status: result.problem.code, quotes: [] };

  it.each(NOISE)("gives the same answer with %s added", async (_kind, addNoise) => {
    expect(questions.length).toBeGreaterThanOrEqual(8);
    const changed = [];
    for (const q of questions) {
      const plain = gist(await ask(q.question));
      const noisy = await ask(addNoise(q.question));
      if (JSON.stringify(gist(noisy)) !== JSON.stringify(plain))
        changed.push({ q: q.question, plain, noisy: gist(noisy) });
      if (noisy.ok) expect(noisy.answer.question).toBe(addNoise(q.question).replace(/\s+/g, " ").trim());
    }
    expect(changed).toEqual([]);
  });
});
