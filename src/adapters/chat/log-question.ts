/** Records a chat question and its outcome in the question log; a log that cannot write never costs the answer. */
import type { AskResult } from "../../core/types";
import { loggableError } from "../../errors";
import type { QuestionLog, QuestionPlatform, QuestionRecord } from "../../feedback/question-log";
import type { Logger } from "../../logger";

/** `result` is the archive's answer, or "error" when asking it failed (the asker got an apology). */
export function questionRecord(input: {
  platform: QuestionPlatform;
  user: string;
  question: string;
  result: AskResult | "error";
}): QuestionRecord {
  const { result } = input;
  const base = { platform: input.platform, user: input.user, question: input.question };
  // Small talk is not a question the archive failed to answer: kept out of the report's refused topics.
  if (result === "error" || !result.ok || result.answer.kind === "small_talk")
    return { ...base, status: "problem", cited: [] };
  const cited = new Map<string, string>();
  for (const citation of result.answer.citations) cited.set(citation.articleId, citation.title);
  return {
    ...base,
    status: result.answer.status,
    cited: [...cited].map(([id, title]) => ({ id, title })),
  };
}

export async function logQuestion(
  log: QuestionLog | undefined,
  logger: Logger,
  input: Parameters<typeof questionRecord>[0],
): Promise<void> {
  if (!log) return;
  await log
    .record(questionRecord(input))
    .catch((error: unknown) => logger.warn(loggableError(error), "could not write the question log"));
}
