/**
 * "how many people go to the kaohsiung lantern festival each year", "Kaohsiung lantern festival 2007 — visitor
 * numbers?": a name typed in lower case, or as a note's first word, has no capital that says it is one, so it was
 * not read as a name the archive lacks (unknown-names.ts), and the Taipei lantern festival was quoted. A word the
 * archive never writes, that the English lexicon does not hold, is read as a name when the word vectors put it
 * close to one of the top story's names and clearly nearer its names than its other words: "kaohsiung" is 0.77
 * from "Taipei" and 0.51 from its nearest lower-case word. Chat words the archive never writes ("comms", "asante",
 * "obrigado") and typos ("bial") are nearer neither, or are a keystroke from a word it writes; one without a
 * vector ("abeg", "howzit") is not read at all. Thresholds measured on the reporter sets (docs/performance.md,
 * fifty-fourth round).
 */
import { isEnglishWord } from "../../text/part-of-speech";
import { STOPWORDS, toTerm } from "../../text/tokenize";
import { askerStory } from "../question/asker-guesses";
import { alternativeSpans, draftClaims } from "../question/checked-claims";
import { demonymsOf } from "../question/demonyms";
import { NOT_NAMES } from "../question/question-entities";
import { oneKeystrokeAway } from "../question/typo-words";

/** The shortest word read: shorter ones are too often shorthand ("govt"). */
const NAME_LETTERS = 4;
/** The nearest name of the story must be this close (cosine): "kaohsiung" 0.77, "comms" 0.33, "asante" 0.32. */
export const NAME_NEAR = 0.5;
/** And this much closer than the nearest other word: "lynn" 0.58 against 0.49 is a name, but not read as one. */
export const NAME_MARGIN = 0.1;
/** A word of the question: letters only, not part of a word with an apostrophe or digits. */
const WORD = /(?<![\p{L}\p{N}'’])\p{L}+(?![\p{L}\p{N}])/gu;
/** A question whose first letter is a capital: typed with care, its names capitalised. */
const CAREFUL = /^[^\p{L}]*\p{Lu}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** A capitalised word inside a sentence of the story: after a lower-case word, a digit or a comma. */
const STORY_NAME = /(?<=[\p{Ll}\p{N},;:] )\p{Lu}\p{Ll}+/gu;
/** A lower-case word of the story. */
const STORY_WORD = /(?<![\p{L}\p{N}])\p{Ll}{3,}(?![\p{L}\p{N}])/gu;

export interface NameLikeLookups {
  /** Whether any passage of the archive holds this index term. */
  holdsTerm: (term: string) => boolean;
  /** The word's frequency rank in English (-1: no word vector). */
  wordRank: (word: string) => number;
  /** Each word's best cosine with a word of the texts. */
  nearestWords: (words: string[], texts: string[]) => Map<string, number>;
}

/**
 * The words of `question` (lower-cased) that are not among `names` (its names as question-entities.ts reads them),
 * that the archive never writes and the lexicon does not hold, and that the word vectors put among the names of
 * `story` (the top story's headline and text). A draft's claim, the asker's own story and offered readings
 * ("Cloud9 or the brazilians") are not asked, and a word there is not read.
 */
export function nameLikeWords(
  question: string,
  names: string[],
  story: string,
  lookups: NameLikeLookups,
): string[] {
  const read = new Set(names.map((name) => name.toLowerCase()));
  const holds = (word: string) => lookups.holdsTerm(toTerm(word));
  // A question typed with a capital first writes its names so: only its capitalised words are read (a sentence's
  // first, which question-entities.ts leaves out). One typed in lower case may hold a name in any word.
  const typed = asked(question).match(WORD) ?? [];
  const careful = CAREFUL.test(question);
  const words = typed.filter((word) => !careful || CAPITALISED.test(word)).map((word) => word.toLowerCase());
  const candidates = [...new Set(words)].filter(
    (word) =>
      word.length >= NAME_LETTERS &&
      !read.has(word) &&
      !NOT_NAMES.has(word) &&
      !STOPWORDS.has(word) &&
      lookups.wordRank(word) >= 0 &&
      !holds(word) &&
      !isEnglishWord(word) &&
      !splitFromHeld(word, words, holds) &&
      ![...oneKeystrokeAway(word), ...oneKeystrokeAway(toTerm(word))].some(holds),
  );
  if (candidates.length === 0) return [];
  const storyNames = [...new Set(story.match(STORY_NAME) ?? [])].join(" ");
  const storyWords = [...new Set(story.match(STORY_WORD) ?? [])].join(" ");
  const nearName = lookups.nearestWords(candidates, [storyNames]);
  const nearWord = lookups.nearestWords(candidates, [storyWords]);
  const lowered = story.toLowerCase();
  return candidates.filter((word) => {
    const name = nearName.get(word) ?? 0;
    return (
      name >= NAME_NEAR &&
      name - (nearWord.get(word) ?? 0) >= NAME_MARGIN &&
      // "greece" of a story of the Greek gods.
      !demonymsOf(word).some((demonym) => new RegExp(`\\b${demonym}`, "u").test(lowered))
    );
  });
}

/** The question with a draft's claim, the asker's own story and offered readings blanked. */
function asked(question: string): string {
  let out = question;
  for (const [from, to] of [
    ...draftClaims(question).spans,
    ...askerStory(question),
    ...alternativeSpans(question),
  ])
    out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
  return out;
}

/** "libri vox": a word the archive writes run together with its neighbour ("LibriVox"). */
function splitFromHeld(word: string, words: string[], holds: (word: string) => boolean): boolean {
  const at = words.indexOf(word);
  return (
    (at > 0 && holds(`${words[at - 1]}${word}`)) ||
    (at + 1 < words.length && holds(`${word}${words[at + 1]}`))
  );
}
