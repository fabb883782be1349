/** The port that turns retrieved passages into an Answer; extractive by default, OpenAI when configured. */
import type { Retriever } from "./retriever";
import type { Answer, Passage } from "./types";

export interface AnswerRequest {
  question: string;
  /** Earlier questions in the conversation, oldest first. */
  context: string[];
  /** Relevant passages, best first; never empty (not_found is decided before an answerer is called). */
  passages: Passage[];
  retriever: Retriever;
  /**
   * The day the question is asked at (YYYY-MM-DD), when given: nothing newer was retrieved, so the newest
   * cited article is the latest news at that day (see newest-first.ts).
   */
  askedAt?: string;
}

export interface Answerer {
  readonly name: string;
  answer(request: AnswerRequest): Promise<Answer>;
}
