/** A real archive (local embedder, hnswlib index on disk) over a temp copy of test/fixtures/corpus. */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Config, loadConfig } from "../../src/config";
import type { LiveArchive } from "../../src/core/live-archive";
import type { Answer, AskOptions, IngestSummary } from "../../src/core/types";
import { type Logger, silentLogger } from "../../src/logger";
import { createArchive, runIngest } from "../../src/wire";
import { useSuiteResource } from "./suite-resource";

export const FIXTURE_CORPUS = join(__dirname, "..", "fixtures", "corpus");

export interface TestArchive {
  archive: LiveArchive;
  config: Readonly<Config>;
  indexDir: string;
  /** A private copy of the fixture corpus: edit it freely, then re-ingest. */
  corpusDir: string;
  summary: IngestSummary;
  cleanup(): Promise<void>;
}

export async function createTestArchive(
  options: { corpus?: string; env?: Record<string, string>; logger?: Logger } = {},
): Promise<TestArchive> {
  const root = await mkdtemp(join(tmpdir(), "newsroom-qa-"));
  const corpusDir = join(root, "corpus");
  const indexDir = join(root, "index");
  await cp(options.corpus ?? FIXTURE_CORPUS, corpusDir, { recursive: true });
  const config = loadConfig({
    CORPUS_DIR: corpusDir,
    INDEX_DIR: indexDir,
    FEEDBACK_FILE: join(root, "feedback.jsonl"),
    ...options.env,
  });
  const logger = options.logger ?? silentLogger;
  const summary = await runIngest(config, logger);
  const archive = createArchive(config, logger);
  await archive.retriever();
  return {
    archive,
    config,
    indexDir,
    corpusDir,
    summary,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** One archive for a whole test file (see useSuiteResource): `const archive = useTestArchive(…)`, then `archive()`. */
export function useTestArchive(
  options: Parameters<typeof createTestArchive>[0] = {},
  timeoutMs?: number,
): () => TestArchive {
  return useSuiteResource(() => createTestArchive(options), timeoutMs);
}

/** The archive's Answer to a question (a rejected question fails the test with its problem). */
export async function answerTo(
  archive: LiveArchive,
  question: string,
  options: AskOptions = {},
): Promise<Answer> {
  const result = await archive.ask(question, options);
  if (!result.ok) throw new Error(result.problem.message);
  return result.answer;
}
