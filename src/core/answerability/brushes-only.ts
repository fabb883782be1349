/**
 * Does the top story only brush the question? An unrelated question ("What is the longest river in South
 * America?") still meets a story's everyday words once, in passing ("river", "south"), and the coverage
 * signals can read that as enough. A story that answers shares something specific with the question: a word
 * of its headline, a word it repeats, or a word that is rare in English (a name, a place, "iodine"). And the
 * question of an unrelated message has a word the archive never uses ("longest", "rugby"); one the archive
 * could answer but whose right story was missed has none, and is left to the other signals.
 * Thresholds chosen on the tuning sets (docs/performance.md).
 */
import { terms } from "../../text/tokenize";

/** Below this share of the question's weight repeated by the story, it only brushes the question. */
export const BRUSH_FOCUS = 0.3;
/** Words among this many most frequent English words are everyday words. */
export const EVERYDAY_WORDS = 2000;

export interface QuestionTerms {
  /** Index term → its weight (IDF). */
  weights: Map<string, number>;
  /** Index term → the question's word for it. */
  wordOf: Map<string, string>;
}

/**
 * True when the story's headline holds none of the question's terms, the story repeats (twice or more) under
 * BRUSH_FOCUS of their weight, every question word it holds is an everyday word (numbers aside), and the
 * archive never uses one of the question's words. `wordRank` is the word's frequency rank in English (0 = most
 * frequent; -1 unknown, which counts as rare); `archiveHolds` tells whether any passage holds a term.
 */
export function brushesOnly(
  question: QuestionTerms,
  missing: ReadonlySet<string>,
  story: { headline: string; text: string },
  words: { wordRank: (word: string) => number; archiveHolds: (term: string) => boolean },
): boolean {
  const inHeadline = new Set(terms(story.headline));
  let unknownToArchive = false;
  // The word checks first: most questions share a rare word or a headline word with their story, and end here
  // without the story's text being read.
  for (const [term] of question.weights) {
    if (inHeadline.has(term)) return false;
    const word = question.wordOf.get(term) ?? term;
    if (/^\d+$/.test(word)) continue;
    if (missing.has(term)) {
      unknownToArchive ||= !words.archiveHolds(term);
      continue;
    }
    const rank = words.wordRank(word);
    if (rank < 0 || rank >= EVERYDAY_WORDS) return false;
  }
  if (!unknownToArchive) return false;
  const counts = new Map<string, number>();
  for (const term of terms(story.text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  let total = 0;
  let repeated = 0;
  for (const [term, weight] of question.weights) {
    total += weight;
    if ((counts.get(term) ?? 0) >= 2) repeated += weight;
  }
  return total > 0 && repeated / total < BRUSH_FOCUS;
}

/** Two or more capitalised words in a row, not the question's first word: "Environment Canada", "South America". */
const NAME_RUN = /(?<=\S\s+)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu;

/**
 * Does the story hold a name of two or more words that the question gives ("where was the soggy Environment Canada
 * report picked up")? Such a story does not only brush the question, however everyday the name's words are.
 */
export function holdsNameOf(question: string, text: string): boolean {
  for (const [name] of question.matchAll(NAME_RUN)) if (text.includes(name)) return true;
  return false;
}
