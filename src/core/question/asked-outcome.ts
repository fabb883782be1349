/**
 * "Who won the June 5 commune election?", "Was Montalvo convicted?", "What sentence did the Sams get?": an
 * outcome a story may not report, written before the vote or during the trial. A question that asks who won,
 * whether someone was convicted, or what sentence they got is answered only from a story that reports an
 * outcome of that kind: a win (or a victory, a defeat, an election), a verdict, a sentence; and, since the
 * twenty-third round, reports it beside a word of the question (reported-beside.ts): an interview with a candidate
 * who hopes "to win" in 2016 does not say who won the 2016 New Hampshire primary.
 */
import { askedSentence } from "./answer-kind";
import { reportedBeside } from "./reported-beside";

const OUTCOMES: { asked: RegExp; reported: RegExp }[] = [
  {
    // A verb: not "won't", nor a noun ("in Tuesday's 6-1 win against China", "a big win").
    asked:
      /(?<!(?:\b(?:a|an|the|his|her|their|its|this|that|big)|\d|['’]s)\s)\b(?:won(?!['’]t)|wins?|winning)\b/i,
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
 * asks for an outcome of a kind that no sentence of `text` reports beside a word of the question.
 */
export function outcomeMissing(question: string, text: string): boolean {
  const asked = askedSentence(question);
  const kinds = OUTCOMES.filter((outcome) => outcome.asked.test(asked));
  const asks = (word: string) => kinds.some((outcome) => outcome.asked.test(word));
  return kinds.some(
    (outcome) => !reportedBeside(text, (sentence) => outcome.reported.test(sentence), asked, asks),
  );
}
