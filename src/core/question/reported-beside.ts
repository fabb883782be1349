/**
 * "How much does a day pass to Fan Expo Canada cost?", "Who won the 2016 Republican primary in New Hampshire?":
 * a story may give a sum or tell of a win, yet about something else than the question asks (a gaming final's
 * prize, a candidate's hopes "to win"). What it reports answers only beside a word of the
 * question: in its sentence or the one before, which often names who or what the sentence is about.
 */
import { baseTerm, termsWithBaseForms } from "../../text/irregular-forms";
import { sentenceBounds, withSentenceBefore } from "../../text/split-sentences";
import { contentTokens } from "../../text/tokenize";

/**
 * True when some sentence of `text` passes `reports` and, with the sentence before it, holds one of the words of
 * `asking` that `asks` does not claim as its own (the words that only ask for the sum, the win…); when every word
 * of `asking` is such a word, any sentence that passes `reports` does. A sentence that itself asks something
 * ("…more likely to win?") reports nothing.
 */
export function reportedBeside(
  text: string,
  reports: (sentence: string) => boolean,
  asking: string,
  asks: (word: string) => boolean,
  /** A test of the sentence with the one before it: does it tell of a rival instead (rival-names.ts)? */
  rival?: (passage: string) => boolean,
): boolean {
  const words = [
    ...new Set(
      contentTokens(asking)
        .filter((word) => !asks(word))
        .map(baseTerm),
    ),
  ];
  const bounds = sentenceBounds(text);
  for (const [i, [from, to]] of bounds.entries()) {
    const sentence = text.slice(from, to);
    if (/\?\s*$/.test(sentence) || !reports(sentence)) continue;
    if (rival?.(withSentenceBefore(text, bounds, i))) continue;
    if (words.length === 0) return true;
    const held = termsWithBaseForms(text.slice((bounds[i - 1] ?? [from])[0], to));
    if (words.some((word) => held.has(word))) return true;
  }
  return false;
}
