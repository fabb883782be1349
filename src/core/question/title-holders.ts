/**
 * "Who was the commander of STS-135?" asked of a story whose only commander is a seat ("the JSC will recieve pilot
 * and commander seats from the flight deck"): a story names a post's holder only where it writes the title beside a
 * name ("Foreign Affairs Minister Prak Sokhonn", "Kathryn Waters, director of the gallery", "English captain Harry
 * Kane").
 */
import { sentenceBounds } from "../../text/split-sentences";
import { STOPWORDS } from "../../text/tokenize";

/**
 * How many words apart a title and a name may stand: "Prak Sokhonn, Cambodia's foreign affairs minister" (three
 * words between), not "commander seats from the flight deck … Udvar-Hazy Center" (a place named later on).
 */
export const HOLDER_REACH = 4;

/** A name of two capitalised words or more ("Prak Sokhonn", "Harry Kane"), each word at least two letters long. */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*[,.;:’'"”)]*$/u;

/**
 * True when some sentence of `text` writes a word that `isTitle` accepts (lower-cased, without the punctuation around
 * it) within HOLDER_REACH words of a name of two capitalised words, or asks a question answered by a name on the next
 * line ("Which previous Virginia Governor(s) do you most admire and why?" → "Thomas Jefferson.").
 */
export function titleBesideName(text: string, isTitle: (word: string) => boolean): boolean {
  const bounds = sentenceBounds(text);
  for (const [i, [from, to]] of bounds.entries()) {
    const sentence = text.slice(from, to);
    const words = sentence.split(/\s+/).filter(Boolean);
    const titled = words.flatMap((word, at) => (isTitle(bare(word)) ? [at] : []));
    if (titled.length === 0) continue;
    const named = namedAt(words);
    if (titled.some((at) => named.some((name) => name !== at && Math.abs(name - at) <= HOLDER_REACH)))
      return true;
    const next = bounds[i + 1];
    if (
      /\?\s*$/.test(sentence) &&
      next &&
      namedAt(text.slice(next[0], next[1]).split(/\s+/).filter(Boolean)).includes(0)
    )
      return true;
  }
  return false;
}

/** A word lower-cased, without the punctuation around it nor a plural's "(s)" ("Governor(s)"). */
const bare = (word: string) =>
  word
    .toLowerCase()
    .replace(/\(s\)/, "")
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");

/**
 * The places of the words that belong to a name of two capitalised words; a sentence's first word only when it is no
 * common word ("The Greek court", "However the …").
 */
function namedAt(words: string[]): number[] {
  const named: number[] = [];
  words.forEach((word, i) => {
    if (i === 0 && STOPWORDS.has(bare(word))) return;
    if (!/[,.;:]$/.test(word) && NAME_WORD.test(word) && NAME_WORD.test(words[i + 1] ?? ""))
      named.push(i, i + 1);
  });
  return named;
}
