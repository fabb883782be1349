/**
 * "Who won the FIRST Global Challenge the following year, in Mexico City?" asked of a story that says only "Next
 * year's competition is scheduled to take place in Mexico City": the question asks how a later event turned out,
 * and the story tells of it only as still to come.
 */
import { sentenceBounds } from "../../text/split-sentences";

/** The later event: "the following year", "the next one", "next year's", "the year after". */
const ASKS_LATER =
  /\b(?:the\s+)?(?:following|next)\s+(?:year|one|edition|time|contest|competition|tournament|games|festival)\b|\bthe\s+year\s+after\b|\bnext\s+year['’]s\b/i;
/** How it turned out, asked in the past: who won, where someone finished, how many came. */
const ASKS_OUTCOME =
  /\b(?:won|wins?|winners?|took (?:the )?(?:title|prize|top)|finished|placed|came (?:first|second|third|top)|results?|attended|drew|turned out|medal(?:led|ed)?)\b/i;
/** A sentence of the story about the later event. */
const TELLS_LATER = /\b(?:next|following|coming)\s+year\b|\bnext\s+year['’]s\b|\bthe\s+year\s+after\b/i;
/** Told as still to come. */
const TO_COME =
  /\b(?:will|shall|is|are)\s+(?:scheduled|set|due|expected|slated|planned)\b|\bscheduled\s+to\b|\bwill\b|\bto\s+be\s+held\b|\bto\s+take\s+place\b|\bplans?\s+to\b|\bhopes?\s+to\b/i;

/**
 * True when the question asks how a later event turned out (ASKS_LATER with ASKS_OUTCOME) and every sentence of
 * `text` that tells of a later year tells of it as still to come; false for other questions, and when the story
 * never tells of a later year (no evidence either way).
 */
export function laterEventMissing(question: string, text: string): boolean {
  if (!ASKS_LATER.test(question) || !ASKS_OUTCOME.test(question)) return false;
  let told = false;
  for (const [from, to] of sentenceBounds(text)) {
    const sentence = text.slice(from, to);
    if (!TELLS_LATER.test(sentence)) continue;
    if (!TO_COME.test(sentence)) return false;
    told = true;
  }
  return told;
}
