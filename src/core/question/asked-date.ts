/**
 * "What year did Shimon Peres win the Nobel Peace Prize?" asked of a story that names him and dates other things
 * (a meeting "on Monday", a war "in 1967"), none of them the prize: the story cannot say when. A when-question is
 * answerable from a story only when some sentence there carries a date and one of the question's own words.
 */
import { baseTerm, termsWithBaseForms } from "../../text/irregular-forms";
import { sentenceBounds } from "../../text/split-sentences";
import { contentTokens } from "../../text/tokenize";
import { answerKind, askedSentence, carrierOf } from "./answer-kind";

/**
 * "When…", "What year / date / month…", "Since when…": a calendar date. Not "what time" (often a duration: "solved
 * a Rubik's Cube in what time?") nor "what / which day" (a weekday or a holiday: "Which day this week marked the
 * unofficial end of summer?"), which news writes in ways the date pattern does not read ("Mondays", "Labor Day").
 */
const ASKS_DATE = /^(?:and |so )?when\b|\b(?:what|which) (?:year|date|month)\b|\b(?:since|by) when\b/;

/** Words that only ask for the date ("what date", "exactly", "officially"), not what it is the date of. */
const ASKING = new Set(["date", "year", "day", "month", "time", "exactly", "officially", "actually"]);

/**
 * True when the question asks for a calendar date (ASKS_DATE) and no sentence of `text` carries a date together with one of
 * the question's words; false for other questions, and for a question of asking words alone.
 */
export function dateMissing(question: string, text: string): boolean {
  if (!ASKS_DATE.test(askedSentence(question).toLowerCase()) || answerKind(question) !== "date") return false;
  const terms = [
    ...new Set(
      contentTokens(question)
        .filter((t) => !ASKING.has(t))
        .map(baseTerm),
    ),
  ];
  if (terms.length === 0) return false;
  const dated = carrierOf("date", question);
  for (const [from, to] of sentenceBounds(text)) {
    const sentence = text.slice(from, to);
    if (!dated(sentence)) continue;
    const held = termsWithBaseForms(sentence);
    if (terms.some((term) => held.has(term))) return false;
  }
  return true;
}
