/**
 * "What's the difference between affect and effect?": two things set side by side. A story tells the difference
 * only where it names both together; one that uses each word somewhere ("… would affect yields", "… the effect of
 * ozone") does not. Read only when both are single words in lower case, as general words are asked ("weather and
 * climate"); names are left to the other rules ("the time difference between Sochi and NYC" finds "New York").
 */
import { baseTerm, termsWithBaseForms } from "../../text/irregular-forms";
import { sentenceBounds } from "../../text/split-sentences";
import { askedSentence } from "./answer-kind";

/** "the difference(s) / the distinction between X and Y" at the question's end: one lower-case word each. */
const ASKS_DIFFERENCE =
  /\b(?:differences?|distinction) between (?:an? |the )?['‘"“]?(\p{Ll}[\p{Ll}-]+)['’"”]? and (?:an? |the )?['‘"“]?(\p{Ll}[\p{Ll}-]+)['’"”]?\s*(?:\?|$)/u;

/** True when the question sets two general words side by side and no sentence of `text` names both. */
export function differenceMissing(question: string, text: string): boolean {
  const match = ASKS_DIFFERENCE.exec(askedSentence(question).trim());
  if (!match) return false;
  const [one, other] = [baseTerm(match[1] as string), baseTerm(match[2] as string)];
  for (const [from, to] of sentenceBounds(text)) {
    const held = termsWithBaseForms(text.slice(from, to));
    if (held.has(one) && held.has(other)) return false;
  }
  return true;
}
