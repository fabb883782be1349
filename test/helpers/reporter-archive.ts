/**
 * The archive the reporter sets are asked of (corpus/ and the Wikinews fixtures), built once for a test file in a
 * temp folder, and a question's Answer over it as the CLI and the chat adapters get it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerQuestion } from "../../src/core/answer-question";
import { createExtractiveAnswerer } from "../../src/core/extractive-answerer";
import type { Answer } from "../../src/core/types";
import { silentLogger } from "../../src/logger";
import { type PreparedArchive, prepareArchive } from "../../tools/eval/eval-lib";
import { useSuiteResource } from "./suite-resource";

const ROOT = join(__dirname, "..", "..");

export type ReporterArchive = PreparedArchive & { cleanup(): Promise<void> };

/** One reporter archive for the whole test file (useSuiteResource): `const archive = useReporterArchive()`. */
export function useReporterArchive(timeoutMs = 60_000): () => ReporterArchive {
  return useSuiteResource(async () => {
    const workDir = await mkdtemp(join(tmpdir(), "newsroom-qa-reporter-archive-"));
    const prepared = await prepareArchive({
      articles: [join(ROOT, "corpus"), join(ROOT, "test", "fixtures", "gum-wikinews")],
      workDir,
    });
    return { ...prepared, cleanup: () => rm(workDir, { recursive: true, force: true }) };
  }, timeoutMs);
}

/** The Answer to a question over the archive (a rejected question fails the test with its problem). */
export async function answerOver(archive: PreparedArchive, question: string): Promise<Answer> {
  const result = await answerQuestion(question, {
    retriever: archive.retriever,
    answerer: createExtractiveAnswerer(),
    maxQuestionChars: 500,
    logger: silentLogger,
  });
  if (!result.ok) throw new Error(result.problem.message);
  return result.answer;
}

/** The text of an answer's quotes, joined. */
export const quotedText = (answer: Answer): string => answer.citations.map((c) => c.quote).join(" ");

/**
 * Asks each question over the archive and expects it answered, with its fact in the quotes and the question
 * echoed as typed.
 */
export async function expectFactsQuoted(
  archive: PreparedArchive,
  cases: readonly (readonly [question: string, fact: string])[],
): Promise<void> {
  for (const [question, fact] of cases) {
    const answer = await answerOver(archive, question);
    expect(answer.status).toBe("answered");
    expect(quotedText(answer)).toContain(fact);
    expect(answer.question).toBe(question);
  }
}
