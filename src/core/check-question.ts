/** Turns raw user input into a question worth searching for, or a helpful message saying why not. */
import { tokenize } from "../text/tokenize";
import { cleanQuestion } from "./clean-question";
import type { QuestionProblem } from "./types";

/** `question` is what the person typed (tidied), `query` what is searched for: the question without pasted noise. */
export type CheckedQuestion =
  | { ok: true; question: string; query: string }
  | { ok: false; problem: QuestionProblem };

const EXAMPLE = "For example: “What did the foreign minister promise the U.S.?”";

export function checkQuestion(raw: string, maxChars: number): CheckedQuestion {
  const question = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!question) {
    return {
      ok: false,
      problem: { code: "empty", message: `Please type a question about the archive. ${EXAMPLE}` },
    };
  }
  const query = cleanQuestion(question);
  // The words count against the limit, pasted links and markup only when they are far out of proportion.
  const length = Math.max(query.length, Math.ceil(question.length / 4));
  if (length > maxChars) {
    return {
      ok: false,
      problem: {
        code: "too_long",
        message: `That question is ${length} characters long; please keep it under ${maxChars} and ask about one thing at a time.`,
      },
    };
  }
  if (tokenize(query).length === 0) {
    return {
      ok: false,
      problem: { code: "no_words", message: `I couldn't find any words to search for in that. ${EXAMPLE}` },
    };
  }
  return { ok: true, question, query };
}
