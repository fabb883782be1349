/**
 * Auto-answer channels (issue 17): which unprompted messages are questions, and which answers are good enough
 * to post unasked. Both platforms use these; docs/performance.md has the threshold's figures.
 */
import type { AskResult } from "../../core/types";

export const AUTO_ANSWER = {
  /**
   * Least answerability (Answer.answerability, the core's fitted probability) an unasked answer needs. Chosen
   * by tools/eval/auto-threshold.ts on the reporter sets: the lowest threshold at which at most 15 % of near
   * misses (a story like the asked one, without the answer) are answered out loud: 6/44 at 0.70 (19/44 at
   * the core's threshold then, 0.40; the core refuses below 0.37 since the thirteenth round), keeping 39 of
   * the 78 answers that quote the expected fact.
   */
  minAnswerability: 0.7,
} as const;

/** Words that open a question: wh-words and auxiliaries ("Did the council…", "Is there…"). */
const OPENERS = new Set(
  (
    "who whom whose what which when where why how " +
    "is are was were am do does did can could will would should shall may might must has have had " +
    "isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't hasn't haven't"
  ).split(" "),
);

/**
 * Whether an unprompted message reads as a question: it ends with "?" (closing quotes, brackets and emoji
 * after it allowed), or it opens with a wh-word or an auxiliary and does not end as a statement ("." or "!").
 * Never a command ("/…", "!…"), never a bare word. `text` is plain text, mentions already removed.
 */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed) || /^[/!]/.test(trimmed)) return false;
  const words = trimmed.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  if (words.length < 2) return false;
  if (/\?(?:[\s"'”’)\]]|\p{Extended_Pictographic}|\uFE0F)*$/u.test(trimmed)) return true;
  const first = (words[0] ?? "").replace(/’/g, "'");
  return OPENERS.has(first) && !/[.!]["'”’)\]]*$/.test(trimmed);
}

/**
 * Whether an auto channel gets to see this answer: only an archive answer (no refusal, no problem, no
 * "nothing found") at or above the threshold. An answer without a score (not made by the core) is weak.
 */
export function worthPostingUnasked(
  result: AskResult,
  minAnswerability: number = AUTO_ANSWER.minAnswerability,
): boolean {
  if (!result.ok || result.answer.status !== "answered") return false;
  return (result.answer.answerability ?? 0) >= minAnswerability;
}
