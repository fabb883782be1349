/**
 * "How many volunteer readers does LibriVox have?", asked of "as many readers as wish to record a version, so you get
 * 20 + versions of the same poem": the sentence names readers and has a number, but the number counts versions. A
 * number written straight before a word counts that word ("20 + versions", "11,000 visitors", "over 700 asylum
 * seekers"); a sentence that writes the counted word but whose every number counts something else does not give the
 * count (asked-figure.ts asks this only of a sentence with the counted word as written: "277 vulnerabilities" still
 * counts security holes). A number with no word of its own after it ("rose to 345 on Friday", "107 or more") may count
 * anything. Measured on the reporter sets (docs/performance.md, fifty-fifth round): 3 more near misses refused
 * ("How many Cambodians are living in Lowell", "How many Italian Catholic schools have closed"), no answer lost; 1
 * more on the round's held-back sets. Without the counted word's condition, 4 answers lost.
 */
import { STOPWORDS, tokenize } from "../../text/tokenize";

/** A number as news writes it: figures ("11,000", "3.5") or the number words a count is written in. */
const NUMBERS =
  /(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?))(?![\p{L}\p{N}])/giu;
/** What may stand between a number and the word it counts: "20 + versions", "14 million unique visitors". */
const BETWEEN = /^(?:\s*(?:\+|plus|hundred|thousand|million|billion|dozen)(?![\p{L}]))*\s+/iu;
/** The words after a number read as what it counts: "700 asylum seekers whose" → asylum, seekers, whose. */
const COUNTED_SPAN = 3;

/**
 * Whether every number of a sentence counts something its `names` test does not name: each is written straight
 * before a word that is no stopword ("20 + versions"), and its next words (COUNTED_SPAN) name none of the asked
 * words. False for a sentence with a number followed by no word of its own, or by the asked words.
 */
export function countsOnlyOthers(sentence: string, names: (words: string[]) => boolean): boolean {
  let numbers = 0;
  for (const match of sentence.matchAll(NUMBERS)) {
    numbers++;
    const after = sentence.slice((match.index ?? 0) + match[0].length);
    const between = BETWEEN.exec(after);
    if (!between) return false;
    const words = tokenize(after.slice(between[0].length).split(/[.,;:!?()"“”]/u)[0] ?? "").slice(
      0,
      COUNTED_SPAN,
    );
    const first = words[0];
    if (first === undefined || STOPWORDS.has(first) || /^\d/.test(first)) return false;
    if (names(words)) return false;
  }
  return numbers > 0;
}
