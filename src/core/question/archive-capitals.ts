/**
 * A question typed without capitals ("who runs cchr", "how many were killed in the 2008 manhattan crane
 * collapse") gets back the capitals the archive nearly always gives its words (Retriever.writtenForm), so its
 * names, acronyms and places are read as if typed with them: a name the retrieved story lacks points to a near
 * miss, "what does eba stand for" asks about an acronym. Searching is case-blind, so only reading changes.
 */

import { sentenceBounds } from "../../text/split-sentences";
import { STOPWORDS, toTerm } from "../../text/tokenize";
import type { Retriever } from "../retriever";
import { isShouted } from "./shouted-questions";
import { MAX_SPELLED } from "./unwritten-acronyms";

/** A capitalised word that is not all capitals ("Microsoft", "What", not "USA" or "I"). */
const CAPITALISED = /\p{Lu}\p{Ll}/u;
/** A run of lower-case letters and digits with at least one letter, as a word of the question. */
const LOWER_WORD = /(?<![\p{L}\p{N}])[\p{Ll}\p{N}]*\p{Ll}[\p{Ll}\p{N}]*(?![\p{L}\p{N}])/gu;

/**
 * True when no word is capitalised, not even the first: acronyms in capitals ("team USA") do not count, since
 * people type those so even in a hurry. A question that starts with a capital was typed with care, and one
 * without other capitals most likely names nothing ("Which government institution announced…": the archive
 * mostly writes "Institution" in names, so reading it as one refused the question).
 */
export function typedWithoutCapitals(question: string): boolean {
  return !CAPITALISED.test(question);
}

/** An acronym's length, typed as a word: "cchr", "eba". */
const ACRONYM_WORD = /^\p{Ll}{3,6}$/u;
/**
 * A word this common in English is not taken for an acronym ("usa", rank 2,249, would be "United States Air"
 * in the reporter archive); "cchr" ranks 215,016, "eba" 92,657 (Retriever.wordRank; -1: no vector, rare).
 */
const COMMON_WORD_RANK = 20_000;

/**
 * The question with each word the archive writes capitalised written so; unchanged when typed with capitals
 * (`typed`: the question as the person typed it, before chat shorthand was spelled out, "tx" as "Texas").
 * A short, rare word the archive never writes is an acronym when the archive spells out a name with its
 * initials ("cchr" → "CCHR": "Cambodia Center for Human Rights") or syllables ("legco" → "LegCo": "Legislative
 * Council"), as unwritten-acronyms.ts then searches it.
 */
export function withArchiveCapitals(
  question: string,
  retriever: Pick<Retriever, "writtenForm" | "holdsTerm" | "spelledOut" | "wordRank">,
  typed: string = question,
): string {
  const { writtenForm, holdsTerm, spelledOut, wordRank } = retriever;
  if (!writtenForm) return question;
  // "WHEN DID THE US PULL …" is searched in lower case (check-question.ts): read as typed so.
  if (!(typedWithoutCapitals(typed) || isShouted(typed))) return withArchiveLowerCase(question, retriever);
  const rare = (word: string) => {
    const rank = wordRank ? wordRank.call(retriever, word) : -1;
    return rank < 0 || rank > COMMON_WORD_RANK;
  };
  // Each new word looked up as an acronym reads the whole archive once (unwritten-acronyms.ts): a message of
  // made-up words must not cost seconds.
  let guesses = 0;
  return question.replace(LOWER_WORD, (word) => {
    if (word.length < 2 || STOPWORDS.has(word) || /^\d/.test(word)) return word;
    const written = writtenForm.call(retriever, word);
    if (written) return written;
    if (!holdsTerm || !spelledOut || guesses >= MAX_SPELLED) return word;
    if (!ACRONYM_WORD.test(word) || !rare(word) || holdsTerm.call(retriever, toTerm(word))) return word;
    for (const acronym of [word.toUpperCase(), ...syllabicForms(word)]) {
      if (guesses >= MAX_SPELLED) break;
      guesses++;
      if (spelledOut.call(retriever, acronym)) return acronym;
    }
    return word;
  });
}

/** A part of an abbreviation of syllables, typed: two to four letters with a vowel ("leg", "co"; not "cc"). */
const SYLLABLE = /^\p{Ll}{2,4}$/u;
const VOWEL = /[aeiouy]/u;

/**
 * The ways a word typed in lower case may be an abbreviation of syllables ("legco" → "LegCo", for "Legislative
 * Council"): two parts, the first of three letters tried first, then two, then four, the second of two or three,
 * each with a vowel. Initials ("cchr") have none of these and are not looked up twice.
 */
export function syllabicForms(word: string): string[] {
  const forms: string[] = [];
  for (const cut of [3, 2, 4]) {
    const [first, second] = [word.slice(0, cut), word.slice(cut)];
    if (second.length < 2 || second.length > 3 || !SYLLABLE.test(first) || !SYLLABLE.test(second)) continue;
    if (!VOWEL.test(first) || !VOWEL.test(second)) continue;
    forms.push(capitalised(first) + capitalised(second));
  }
  return forms;
}

const capitalised = (part: string) => part.charAt(0).toUpperCase() + part.slice(1);

/** A word of the question, as the runs of capitals are read. */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** A capitalised word, not all capitals ("Persons", not "EBA"). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Words that join the parts of a name: "Department of Information and Tourism", "Chief of the …". */
const JOINS = new Set(["of", "and", "for", "de", "du", "von", "van"]);
/**
 * Capitalised common nouns are a habit, not names: at least this many lone capitalised words that the archive
 * writes in lower case before any is read in lower case ("How many Persons were injured when the Crane fell …",
 * "… I need the exact Number"). One alone may be a name ("What did Apple announce?").
 */
const HABIT = 2;

/**
 * The question with its lone capitalised common words (COMMON_WORD_RANK) that the archive writes in lower case read
 * so, when the person capitalises common nouns (as German does): "How many Persons were injured when the Crane fell
 * into the Grand Mosque in Mecca?" names the Grand Mosque and Mecca, not "Persons" or "Crane", which a story lacking
 * them as names made a near miss. A word beside another capitalised one, or joined to it by "of", "and" (with a "the"),
 * or a number, is part of a name ("the State Department", "the Universal Declaration of Human Rights", "East 51st
 * Street") and stays; a sentence's first word, or one after a colon or an opening quotation mark, is capitalised
 * whatever it is and is not read. Unchanged below HABIT such words.
 */
export function withArchiveLowerCase(
  question: string,
  retriever: Pick<Retriever, "writtenForm" | "holdsTerm" | "wordRank">,
): string {
  const { writtenForm, holdsTerm, wordRank } = retriever;
  if (!writtenForm || !holdsTerm || !wordRank) return question;
  const starts = new Set(sentenceBounds(question).map(([start]) => start));
  const words = [...question.matchAll(WORD)].map((match) => {
    const at = match.index;
    const before = question.slice(Math.max(0, at - 3), at);
    const opens =
      starts.has(at) || /(?:^|[:“„"‘«(]\s*)$/u.test(before) || sentenceOpensAt(question, at, starts);
    // A number goes with the capitals beside it: "East 51st Street", "Apollo 11".
    const capital = (!opens && /^\p{Lu}/u.test(match[0]) && match[0] !== "I") || /^\p{N}/u.test(match[0]);
    return { at, text: match[0], capital };
  });
  // Beside a capitalised word, or joined to one by "of", "and" (and a "the" with them: "Chief of the Cambodia …").
  const capitalNear = (i: number, step: number): boolean => {
    let joined = false;
    for (let j = i + step, between = 0; j >= 0 && j < words.length; j += step) {
      const word = words[j] as (typeof words)[number];
      if (word.capital) return between === 0 || joined;
      const lower = word.text.toLowerCase();
      if ((lower !== "the" && !JOINS.has(lower)) || ++between > 2) return false;
      joined ||= JOINS.has(lower);
    }
    return false;
  };
  const lowered: { at: number; word: string }[] = [];
  words.forEach(({ at, text, capital }, i) => {
    if (!capital || !TITLE_WORD.test(text) || capitalNear(i, -1) || capitalNear(i, 1)) return;
    const word = text.toLowerCase();
    if (STOPWORDS.has(word)) return;
    // A common English word ("citi" is no word, though its term is that of "city").
    const rank = wordRank.call(retriever, word);
    if (rank < 0 || rank > COMMON_WORD_RANK) return;
    if (!holdsTerm.call(retriever, toTerm(word)) || writtenForm.call(retriever, word) !== null) return;
    lowered.push({ at, word });
  });
  if (lowered.length < HABIT) return question;
  let read = question;
  for (const { at, word } of lowered) read = read.slice(0, at) + word + read.slice(at + word.length);
  return read;
}

/** Whether only punctuation and spaces stand between the sentence's start and `at` ("„Three"). */
function sentenceOpensAt(question: string, at: number, starts: Set<number>): boolean {
  for (let from = at - 1; from >= 0; from--) {
    if (/[\p{L}\p{N}]/u.test(question[from] as string)) return false;
    if (starts.has(from)) return true;
  }
  return true;
}
