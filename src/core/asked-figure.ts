/**
 * "How many members does the Sea Org have?": a count the story may not give. The counted words (after "how
 * many", up to the verb) must stand in one sentence of the story with a number, as written, by their other
 * forms, or by a near word; else the story talks about the thing but does not count it (a near miss).
 */
import { sentenceBounds } from "../text/split-sentences";
import { STOPWORDS, terms, tokenize, toTerm } from "../text/tokenize";
import { carries } from "./answer-kind";

/** Words that end the counted phrase ("how many people were…", "how many seats are…"). */
const PHRASE_END = new Set(
  "did does do are were is was have has had will would could can should might may in of at on for from by to".split(
    " ",
  ),
);
/** A near word counts for a counted word from this cosine up (word vectors). */
export const NEAR_COUNTED = 0.6;

/** The counted words of a "how many …" question, lower-cased; empty for other questions. */
export function countedWords(question: string): string[] {
  const match = /\bhow many\s+(.*)$/i.exec(question);
  if (!match) return [];
  const out: string[] = [];
  for (const word of tokenize(match[1] as string)) {
    if (PHRASE_END.has(word)) break;
    if (!STOPWORDS.has(word) && word.length >= 3) out.push(word);
  }
  return out;
}

/**
 * True when the question asks how many of something and no sentence of `text` has a number beside one of
 * the counted words (or a word within NEAR_COUNTED of one). False when the question asks no count.
 */
export function figureMissing(
  question: string,
  text: string,
  nearest?: (words: string[], texts: string[]) => Map<string, number>,
): boolean {
  const counted = countedWords(question);
  if (counted.length === 0) return false;
  const wanted = new Set(counted.map(toTerm));
  for (const [from, to] of sentenceBounds(text)) {
    const sentence = text.slice(from, to);
    if (!carries("number", sentence, question)) continue;
    if (terms(sentence).some((term) => wanted.has(term))) return false;
    if (nearest) {
      const near = nearest(counted, [sentence]);
      if (counted.some((w) => (near.get(w) ?? 0) >= NEAR_COUNTED)) return false;
    }
  }
  return true;
}

/** Words that write a count ("11,622", "14 million", "six", "dozens"). */
const COUNT =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)$/;
/** How far after a count the counted word may stand ("11,622 commune council seats"). */
const BESIDE_WORDS = 3;

/**
 * True when `sentence` puts a count right before one of the question's counted words, as written, by another
 * form or by a near word: "How many council seats…" finds "11,622 commune council seats", "How many grains…"
 * finds "around 45 particles".
 */
export function countsAsked(
  question: string,
  sentence: string,
  nearest?: (words: string[], texts: string[]) => Map<string, number>,
): boolean {
  const counted = countedWords(question);
  if (counted.length === 0) return false;
  const wanted = new Set(counted.map(toTerm));
  const tokens = tokenize(sentence);
  const after = new Set<string>();
  tokens.forEach((token, i) => {
    if (COUNT.test(token)) for (const next of tokens.slice(i + 1, i + 1 + BESIDE_WORDS)) after.add(next);
  });
  if (after.size === 0) return false;
  for (const word of after) if (wanted.has(toTerm(word))) return true;
  if (!nearest) return false;
  const near = nearest(counted, [[...after].join(" ")]);
  return counted.some((word) => (near.get(word) ?? 0) >= NEAR_COUNTED);
}
