/**
 * "Who won the June 5 commune election?", "Was Montalvo convicted?", "What sentence did the Sams get?": an
 * outcome a story may not report, written before the vote or during the trial. A question that asks who won,
 * whether someone was convicted, or what sentence they got is answered only from a story that reports an
 * outcome of that kind: a win (or a victory, a defeat, an election), a verdict, a sentence.
 */
import { askedSentence } from "./answer-kind";

const OUTCOMES: { asked: RegExp; reported: RegExp }[] = [
  {
    asked: /\b(?:won|wins?|winning)\b/i,
    reported:
      /\b(?:won|wins?|winning|winners?|victor(?:y|ies|ious)|elected|defeat(?:ed|s)?|beat(?:s|en)?)\b/i,
  },
  {
    asked: /\b(?:convicted|conviction|verdict|acquitted)\b/i,
    reported: /\b(?:convict(?:ed|ion|s)?|guilty|acquit(?:ted|tal)?|verdict)\b/i,
  },
  { asked: /\bsentence[ds]?\b/i, reported: /\b(?:sentenc(?:e|ed|es|ing)|jailed|prison|imprisoned)\b/i },
];

/**
 * True when the question's asking sentence (not one that sets the scene: "After winning the primary, …")
 * asks for an outcome of a kind that `text` never reports.
 */
export function outcomeMissing(question: string, text: string): boolean {
  const asked = askedSentence(question);
  return OUTCOMES.some((outcome) => outcome.asked.test(asked) && !outcome.reported.test(text));
}
