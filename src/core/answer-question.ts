/** Question in, cited Answer out: check the question, retrieve, decide not_found, hand passages to the answerer. */
import type { Logger } from "../logger";
import type { Answerer } from "./answerer";
import { checkContext, checkQuestion } from "./check-question";
import { notFoundAnswer } from "./cite";
import type { Retriever } from "./retriever";
import type { AskOptions, AskResult } from "./types";

/** Below this IDF-weighted share of the question's words in the best article, the archive "holds nothing". */
export const MIN_RELEVANCE = 0.5;
export const PASSAGES = 8;

export interface AnswerQuestionOptions extends AskOptions {
  retriever: Retriever;
  answerer: Answerer;
  maxQuestionChars: number;
  logger: Logger;
}

export async function answerQuestion(raw: string, options: AnswerQuestionOptions): Promise<AskResult> {
  const checked = checkQuestion(raw, options.maxQuestionChars);
  if (!checked.ok) return checked;
  const question = checked.question;
  const checkedContext = checkContext(options.context ?? [], options.maxQuestionChars);
  if (!checkedContext.ok) return checkedContext;
  const context = checkedContext.context;
  const query = [...context, question].join(" \n");
  const started = performance.now();
  const passages = await options.retriever.search(query, {
    limit: PASSAGES,
    filters: options.filters,
    mode: options.mode,
  });
  const best = Math.max(0, ...passages.map((p) => p.relevance));
  options.logger.debug(
    {
      passages: passages.map((p) => [p.chunkId, Number(p.score.toFixed(4)), Number(p.relevance.toFixed(2))]),
      best,
    },
    "retrieved",
  );
  if (passages.length === 0 || best < MIN_RELEVANCE) {
    return { ok: true, answer: notFoundAnswer(question, options.retriever.asOf) };
  }
  const relevant = passages.filter((p) => p.relevance >= MIN_RELEVANCE * 0.8);
  const answer = await options.answerer.answer({
    question,
    context,
    passages: relevant,
    retriever: options.retriever,
  });
  options.logger.debug({ ms: Math.round(performance.now() - started), status: answer.status }, "answered");
  return { ok: true, answer };
}
