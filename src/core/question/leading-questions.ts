/**
 * A guess put as a leading question before the question that asks: "It was Kamala Harris he sat down with, wasn't
 * it? Who did he actually meet?", "Didn't the hydrogen peroxide cut deaths by about half? What figure did they
 * actually find?". The guess may be wrong; it is a claim the question after it checks (checked-claims.ts), and
 * "actually" in that question sets the story against the guess rather than asking what came in the end
 * (asked-outcome.ts).
 */
import { sentenceBounds } from "../../text/split-sentences";

/**
 * A statement with a tag ("…, wasn't it?", "…, didn't he?") or a question that opens with a negation ("Didn't …?",
 * "Wasn't …?").
 */
export const LEADING_QUESTION =
  /^\s*(?:(?:didn|wasn|weren|isn|aren|hasn|haven|hadn|doesn)['’]?t\b[^?]*\?|[^?]*,\s*(?:wasn|weren|isn|aren|didn|doesn|don|hasn|haven|hadn|won|wouldn|couldn)['’]?t\s+(?:it|he|she|they|there|we|you|that|this)\s*\?)\s*$/i;

/** Whether a sentence before the question's last one is a leading question. */
export function leadsWithGuess(question: string): boolean {
  const sentences = sentenceBounds(question);
  return sentences.slice(0, -1).some(([from, to]) => LEADING_QUESTION.test(question.slice(from, to)));
}
