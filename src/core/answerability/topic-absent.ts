/**
 * Is what the question is about missing from the top story? "When's the next full moon?" meets a story on
 * Cambodia's trade status in "next" and "full"; "what's the proper way to fold an American flag?" meets a
 * story in "way" and "American". The coverage signals read such everyday words as enough, and the story is
 * quoted. A story that answers holds at least one of the question's less common nouns (a name, "moon",
 * "flag", "rainfall"), or a word close to it in the word vectors ("rain" for "rainfall"). Thresholds chosen on
 * the odd-numbered reporter sets and checked on the even-numbered ones (docs/performance.md, forty-ninth round).
 */
import { tagWords } from "../../text/part-of-speech";
import { toTerm } from "../../text/tokenize";
import { startsAWord } from "../question/question-entities";

/** A noun among this many most frequent English words is too common to say what a question is about. */
export const ANCHOR_RANK = 1000;
/** At least one missing noun must be rarer than this, or the question has no topic word to miss. */
export const TOPIC_RANK = 2000;
/** A story word this close (cosine) to a missing noun stands in for it. */
export const TOPIC_NEAR = 0.6;

/** The shortest stem read as the start of a story word ("direct" of "director"). */
const STEM_LETTERS = 5;
/** Nouns, names, and what the tagger reads as a symbol or leaves untagged: "#IStandWithAhmed", "wc". */
const NOUN_TAGS = new Set(["NOUN", "PROPN", "X", "SYM"]);

export interface TopicWords {
  /** The word's frequency rank in English (0 = most frequent; -1 unknown, which counts as rare). */
  wordRank: (word: string) => number;
  /** Each word's best cosine with a word of the texts. */
  nearestWords: (words: string[], texts: string[]) => Map<string, number>;
}

/**
 * True when the question has a noun rarer than TOPIC_RANK, and the story (headline and text) holds none of its
 * nouns rarer than ANCHOR_RANK: not the word, not a word TOPIC_NEAR close to it, not a longer word on its stem
 * ("director" for "directs"). A less common word of the question written capitalised ("Sweden") that the story
 * holds is a name it holds. `terms` holds the question's index terms (its content words) and its word for each;
 * `missing`, the terms the story lacks. Numbers are left aside.
 */
export function topicAbsent(
  question: string,
  terms: { weights: ReadonlyMap<string, number>; wordOf: ReadonlyMap<string, string> },
  missing: ReadonlySet<string>,
  story: { headline: string; text: string },
  words: TopicWords,
): boolean {
  const rare = (word: string, rank: number) => {
    const r = words.wordRank(word);
    return r < 0 || r >= rank;
  };
  // Checks that need no tagger first: most questions end here, and the tagger is not loaded for them (a CLI
  // answer starts without it). A rare word the story lacks, and holds no near word of…
  const missingRare = [...missing]
    .map((term) => terms.wordOf.get(term) ?? term)
    .filter((word) => !/\d/.test(word) && rare(word, TOPIC_RANK));
  if (missingRare.length === 0) return false;
  // …nor a less common word of the question capitalised there, a name: the topic is in the story.
  for (const [term, word] of terms.wordOf)
    if (!missing.has(term) && rare(word, ANCHOR_RANK) && question.includes(capitalised(word))) return false;
  const texts = [story.headline, story.text];
  const near = new Map(words.nearestWords(missingRare, texts));
  // "directs" for "director": a story word that extends the missing word's stem is that word, made another part of
  // speech.
  const lowered = texts.join("\n").toLowerCase();
  for (const word of missingRare) {
    const stem = toTerm(word);
    if (stem.length >= STEM_LETTERS && startsAWord(lowered, stem)) near.set(word, 1);
  }
  if (missingRare.every((word) => (near.get(word) ?? 0) >= TOPIC_NEAR)) return false;
  const anchors = tagWords(question)
    .filter((w) => NOUN_TAGS.has(w.tag))
    .map((w) => w.word.toLowerCase().replace(/^[#@]/, ""))
    .filter((word) => !/\d/.test(word) && terms.weights.has(toTerm(word)) && rare(word, ANCHOR_RANK));
  if (!anchors.some((word) => rare(word, TOPIC_RANK))) return false;
  if (!anchors.every((word) => missing.has(toTerm(word)))) return false;
  const unread = anchors.filter((word) => !near.has(word));
  if (unread.length) for (const [word, cosine] of words.nearestWords(unread, texts)) near.set(word, cosine);
  return anchors.every((word) => (near.get(word) ?? 0) < TOPIC_NEAR);
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
