/** Turns raw user input into a question worth searching for, or a helpful message saying why not. */
import { tokenize } from "../text/tokenize";
import type { QuestionProblem } from "./types";

export type CheckedQuestion = { ok: true; question: string } | { ok: false; problem: QuestionProblem };

const EXAMPLE = "For example: “What did the foreign minister promise the U.S.?”";

export function checkQuestion(raw: string, maxChars: number): CheckedQuestion {
  const question = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!question) {
    return {
      ok: false,
      problem: { code: "empty", message: `Please type a question about the archive. ${EXAMPLE}` },
    };
  }
  if (question.length > maxChars) {
    return {
      ok: false,
      problem: {
        code: "too_long",
        message: `That question is ${question.length} characters long; please keep it under ${maxChars} and ask about one thing at a time.`,
      },
    };
  }
  if (tokenize(question).length === 0) {
    return {
      ok: false,
      problem: { code: "no_words", message: `I couldn't find any words to search for in that. ${EXAMPLE}` },
    };
  }
  return { ok: true, question };
}
