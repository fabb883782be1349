/**
 * "Ask an editor" (issue 17): the text handed to the editors, once per answer (a claim in the StateStore, so
 * replicas agree), and its line in the question log for the report.
 */
import { randomBytes } from "node:crypto";
import type { StateStore } from "../../core/state-store";
import type { Answer } from "../../core/types";
import { loggableError } from "../../errors";
import type { QuestionLog, QuestionPlatform } from "../../feedback/question-log";
import type { Logger } from "../../logger";
import { ANSWER_MEMORY } from "./answer-memory";

/** The answer text as handed over; the question and the link are added by the adapter. */
export const HAND_OFF_ANSWER_MAX = 1500;

/**
 * The first click on an answer's button claims its hand-off and gets a function that gives the claim back
 * (when posting failed, so it can be tried again); a later click gets undefined ("already sent").
 */
export async function claimHandOff(
  state: StateStore,
  answerId: string,
): Promise<(() => Promise<void>) | undefined> {
  const key = `handoff:${answerId}`;
  const token = randomBytes(9).toString("base64url");
  if (!(await state.claim(key, ANSWER_MEMORY.ttlMs, token))) return undefined;
  return () => state.release(key, token);
}

export function handOffLabel(answer: Answer): string {
  return answer.status === "not_found" ? "The bot could not answer" : "The bot's answer";
}

export async function logHandOff(
  log: QuestionLog | undefined,
  logger: Logger,
  input: { platform: QuestionPlatform; user: string; answer: Answer },
): Promise<void> {
  if (!log) return;
  const cited = new Map(input.answer.citations.map((c) => [c.articleId, c.title]));
  await log
    .record({
      platform: input.platform,
      user: input.user,
      question: input.answer.question,
      status: input.answer.status,
      cited: [...cited].map(([id, title]) => ({ id, title })),
      event: "handoff",
    })
    .catch((error: unknown) => logger.warn(loggableError(error), "could not log the hand-off"));
}
