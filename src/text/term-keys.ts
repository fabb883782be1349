/**
 * What a text must contain, as written (lower-cased), to hold an index term: a test that rules a sentence out
 * without splitting it into words (pick-quotes.ts scores only sentences holding a question word).
 *
 * Porter2 changes only a word's ending, so a term is the start of every word it stems from, except for a letter
 * or two the stemmer put in ("hope" from "hoping", "happi" from "happy"); those are cut off the key. An
 * irregular form's term is its base word's ("left" → "leav"), so its forms are keys too, as written.
 * term-keys.test.ts holds this to the stemmer on every word of the word vectors and of the article fixtures.
 */
import { formsOf } from "./irregular-forms";
import { tokensAsWritten } from "./tokenize";

/**
 * What Porter2 may leave at a term's end that the word does not have there: "i" ("happy" → "happi"), "e" ("hoping"
 * → "hope"), "l" ("possibility" → "possibl"), "ie" ("dying" → "die"), "y" ("skies" → "sky"). Measured on the word
 * vectors' 321,243 words: every other term starts its word (docs/performance.md).
 */
const PUT_IN = ["ie", "e", "i", "l", "y"];

/** Lower-case strings, one of which every word whose term is `term` contains. */
export function termKeys(term: string): string[] {
  let key = term;
  for (const ending of PUT_IN)
    if (key.endsWith(ending) && key.length > ending.length) {
      key = key.slice(0, key.length - ending.length);
      break;
    }
  return [key, ...formsOf(term)];
}

/** Whether a text may hold one of the terms whose keys are given: false only when none of them can be in it. */
export function mayHold(text: string, keys: readonly string[]): boolean {
  if (!tokensAsWritten(text)) return true;
  const lower = text.toLowerCase();
  return keys.some((key) => lower.includes(key));
}
