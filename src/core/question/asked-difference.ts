/**
 * "What's the difference between affect and effect?": two things set side by side. A story tells the difference
 * only where it names both together; one that uses each word somewhere ("… would affect yields", "… the effect of
 * ozone") does not. Read only when both are single words in lower case, as general words are asked ("weather and
 * climate"); names are left to the other rules ("the time difference between Sochi and NYC" finds "New York").
 * Phrases of up to three such words are set side by side by the words they do not share: "the difference between a
 * cohort study and a case-control study" needs "cohort" and "case-control" in one sentence, "crop yields and ozone
 * levels" a word of each.
 */
import { baseTerm, termsWithBaseForms } from "../../text/irregular-forms";
import { sentenceBounds } from "../../text/split-sentences";
import { STOPWORDS } from "../../text/tokenize";
import { askedSentence } from "./answer-kind";

/** "the difference(s) / the distinction between X and Y" at the question's end: up to three lower-case words each. */
const ASKS_DIFFERENCE =
  /\b(?:differences?|distinction) between (?:an? |the )?['‘"“]?(\p{Ll}[\p{Ll}-]+(?: \p{Ll}[\p{Ll}-]+){0,2})['’"”]? and (?:an? |the )?['‘"“]?(\p{Ll}[\p{Ll}-]+(?: \p{Ll}[\p{Ll}-]+){0,2})['’"”]?\s*(?:\?|$)/u;

/** True when the question sets two general words or phrases side by side and no sentence of `text` names both. */
export function differenceMissing(question: string, text: string): boolean {
  const match = ASKS_DIFFERENCE.exec(askedSentence(question).trim());
  if (!match) return false;
  const [one, other] = [match[1] as string, match[2] as string].map((side) =>
    side.split(/[\s-]+/).map(baseTerm),
  );
  // "ozone and warming for yields": a phrase of everyday words ("for") is no thing set beside another.
  if (!one || !other || [...one, ...other].some((word) => STOPWORDS.has(word))) return false;
  // Each side by the words the other lacks ("cohort" of "cohort study" beside "case-control study").
  const own = (side: string[], rival: string[]) => side.filter((word) => !rival.includes(word));
  const [mine, theirs] = [own(one, other), own(other, one)];
  if (mine.length === 0 || theirs.length === 0) return false;
  for (const [from, to] of sentenceBounds(text)) {
    const held = termsWithBaseForms(text.slice(from, to));
    if (mine.some((word) => held.has(word)) && theirs.some((word) => held.has(word))) return false;
  }
  return true;
}
