/**
 * "What place did the Afghan girls' team finish in the overall standings?", "their final rank in the whole
 * competition?", "in the end they finish number what in overall ranking?": a placing. A story that tells of a
 * special award ("a silver medal for 'courageous achievement'") and of who won overall, but places no one, cannot
 * answer it (asked-figure.ts `figureMissing`). Read off the hundred-and-fourteenth to hundred-and-sixteenth blind
 * sets (docs/performance.md, sixty-second round).
 */
import { askedSentence } from "./answer-kind";

/** A placing asked: "what place / position / rank", "final rank", "overall standings", "finish number what". */
const PLACING_ASKED =
  /\b(?:what|which)\s+(?:place|position|rank|ranking|spot)\b(?=.*\b(?:finish(?:ed|es)?|end(?:ed|s)?|come|came|rank(?:ed|s)?|(?<!\b(?:take|takes|taken|taking|took)\s+)place[ds]?|standings?|overall|competition|tournament|race|contest|table)\b)|\bfinal\s+(?:rank(?:ing)?|placing|position|standing)s?\b|\boverall\s+(?:rank(?:ing)?s?|standings?|placings?)\b|\bfinish(?:ed)?\s+(?:at\s+)?(?:number|no\.?|#)\s*what\b|\b(?:ranked|placed|finish(?:ed)?)\s+(?:what|where)\b/i;

const ORDINAL =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|runner[- ]up|\\d+(?:st|nd|rd|th)";
/**
 * A placing told: "finished second", "ranked 12th", "third place" (not "in the first place"), "came last", "the fifth
 * most cited", "runner-up".
 */
const PLACING_TOLD = new RegExp(
  `(?<!\\bin\\s+the\\s+)\\b(?:${ORDINAL})\\s+(?:place|overall|position|spot)\\b|\\b(?:ranked|ranks|ranking|finish(?:ed|es|ing)?|placed|placing|came|comes|ended)\\s+(?:\\S+\\s+){0,2}?(?:${ORDINAL}|no\\.\\s*\\d+|number\\s+\\d+|#\\d+)\\b|\\b(?:${ORDINAL})\\s+(?:most|best|largest|biggest|highest|top)\\b|\\btop\\s+\\d+\\b|\\brunners?[- ]up\\b|\\bstandings\\b|\\branking\\b`,
  "i",
);

/** True when the question asks a placing and `text` places no one. */
export function placingMissing(question: string, text: string): boolean {
  if (!PLACING_ASKED.test(askedSentence(question))) return false;
  return !PLACING_TOLD.test(text);
}
