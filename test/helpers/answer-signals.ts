/** Every answerability signal at 0, from the model's own list: a test sets only the signals it is about. */
import { type AnswerSignals, SIGNALS } from "../../src/core/answerability/answerability";

export function zeroSignals(): AnswerSignals {
  return Object.fromEntries(SIGNALS.map((key) => [key, 0])) as unknown as AnswerSignals;
}
