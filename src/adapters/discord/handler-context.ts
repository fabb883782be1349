/** What every Discord event handler gets: the core dependencies plus the shared chat pieces' in-memory state. */
import type { Logger } from "../../logger";
import { type AnswerMemory, createAnswerMemory } from "../chat/answer-memory";
import { createQuestionGate, type QuestionGate } from "../chat/question-gate";
import type { PlatformDeps } from "../platform";

export interface HandlerContext {
  deps: PlatformDeps;
  /** Child logger with `platform: "discord"`. */
  logger: Logger;
  /** Discord user ids allowed to run /reingest (DISCORD_ADMIN_USERS). */
  adminUsers: readonly string[];
  gate: QuestionGate;
  answers: AnswerMemory;
}

export function createHandlerContext(options: {
  deps: PlatformDeps;
  logger: Logger;
  adminUsers: readonly string[];
}): HandlerContext {
  return { ...options, gate: createQuestionGate(options.deps), answers: createAnswerMemory() };
}
