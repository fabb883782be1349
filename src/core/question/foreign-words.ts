/**
 * A question typed mostly in another language, in Latin letters, with the story's names in English: Banglish
 * ("Oi commune nirbachone mot koto gula council er asone bhot hobe?"), Finglish ("Daniel Montalvo ba che mablaghi
 * vasighe azad shod?"). The archive writes none of the other language's words, so each counted as a rare word the
 * archive lacks and the question was refused, however plainly its names pointed at one story. Languages with a
 * reader of their own (Hinglish, Spanglish, Taglish, …) are read into English before this; for any other, the words
 * the archive never writes are left out of what is searched and weighed, once the question shows it is in another
 * language: at least FOREIGN_WORDS words that are in neither English's lexicon nor the archive, making up at least
 * FOREIGN_SHARE of its words. An English question keeps every word: its words the archive lacks are what tell a
 * question the archive cannot answer (answerability.ts), but for another language's question words in it, which are
 * read in English (withForeignQuestionWordsRead: "Câți asylum seekers …"). Names typed with a capital are always
 * kept. Measured on the sixty-fourth round's Banglish and Finglish sets and the sixty-sixth round's Nepali, Tamil
 * and Romanian ones (docs/performance.md).
 */
import { LANGUAGES } from "../../text/languages";
import { isEnglishWord } from "../../text/part-of-speech";
import { passingTerm, STOPWORDS } from "../../text/tokenize";
import type { Retriever } from "../retriever";
import { FOREIGN_ENDINGS, FOREIGN_QUESTION_WORDS } from "./foreign-question-words";

/** A language's name ("English e chai"). */
const LANGUAGE = new RegExp(`^(?:${LANGUAGES})$`, "i");

/** What is read of the archive: the words it holds, and those it writes with a capital. */
type Archive = Pick<Retriever, "holdsTerm" | "writtenForm">;

/** A word as typed, hyphenated parts and apostrophes included ("vazir-e", "khareje-ye"). */
const WORD = /(?<![\p{L}\p{N}])\p{L}[\p{L}’'-]*(?![\p{L}\p{N}])/gu;
/** Fewest words in neither English's lexicon nor the archive for a question to count as in another language. */
export const FOREIGN_WORDS = 3;
/** Their least share of the question's words (stopwords left out). */
export const FOREIGN_SHARE = 0.3;

/** Written nowhere in the archive, in any case. */
const archiveLacks = (word: string, retriever: Archive): boolean =>
  retriever.holdsTerm?.(passingTerm(word.toLowerCase())) === false;

/** Typed in lower case, no stopword, and written nowhere in the archive. */
function unwritten(word: string, retriever: Archive): boolean {
  if (word[0] !== word[0]?.toLowerCase()) return false;
  const lower = word.toLowerCase().replace(/['’-]+$/, "");
  return !STOPWORDS.has(lower) && archiveLacks(lower, retriever);
}

/** The word before an ending of FOREIGN_ENDINGS typed after a hyphen ("Evans" of "Evans-a"), or null. */
function beforeForeignEnding(word: string): string | null {
  const hyphen = word.lastIndexOf("-");
  return hyphen > 0 && FOREIGN_ENDINGS.has(word.slice(hyphen + 1).toLowerCase())
    ? word.slice(0, hyphen)
    : null;
}

/** The reading of a word and the one after it, when a single space joins them and the two are a table's pair. */
function pairReading(
  question: string,
  match: RegExpExecArray,
  next: RegExpExecArray | undefined,
): string | undefined {
  if (!next || question.slice(match.index + match[0].length, next.index) !== " ") return undefined;
  return FOREIGN_QUESTION_WORDS.get(`${match[0]} ${next[0]}`.toLowerCase());
}

/** "vazir-e": no part of it English. */
const notEnglish = (word: string): boolean =>
  word
    .toLowerCase()
    .split(/[-'’]/)
    .filter(Boolean)
    .every((part) => !isEnglishWord(part));

/**
 * Whether the question names something the archive writes: a word typed with a capital ("Montalvo", "IE6", "GSP"),
 * or one that only opens a sentence when the archive itself writes it with a capital ("Cambodia te …", not "Kitchen
 * mein …" nor "Oi …"). What is left of a question in another language is then about that; without such a name it is
 * about nothing the archive can be asked ("kitchen mein bahut ants aa rahe hai, kaise bhagaun unko?"), and it is
 * read as typed. Nor is a language a name of a story: "cover letter likhte help korben? English e chai" asks for one
 * in English.
 */
function namesStory(question: string, retriever: Archive): boolean {
  for (const match of question.matchAll(WORD)) {
    const word = match[0];
    if (word === word.toLowerCase() || word.length < 2 || LANGUAGE.test(word)) continue;
    const opens = /(?:^|[.?!:;—]\s*)$/.test(question.slice(0, match.index));
    if (opens && !retriever.writtenForm?.(word.toLowerCase())) continue;
    if (retriever.holdsTerm?.(passingTerm(word.toLowerCase()))) return true;
  }
  return false;
}

/** The question without the words the archive never writes, when it is in another language; else as it was. */
export function withForeignWordsDropped(question: string, retriever: Archive): string {
  if (!retriever.holdsTerm) return question;
  const matches = [...question.matchAll(WORD)];
  const words = matches.map((m) => m[0]);
  const content = words.filter((word) => !STOPWORDS.has(word.toLowerCase()));
  const dropped = new Set(content.filter((word) => unwritten(word, retriever)));
  // Another language's question words count though the archive writes them as names ("Kun", "Ko"), and so do both
  // words of a table's pair ("e date", Telugu's "which date": "e" alone is a letter).
  const foreign = new Set([
    ...[...dropped].filter(notEnglish),
    ...content.filter((word) => tableWord(word) && (notEnglish(word) || word.includes("-"))),
    ...pairWords(question, matches),
  ]);
  if (foreign.size < FOREIGN_WORDS || foreign.size < FOREIGN_SHARE * content.length) return question;
  if (!namesStory(question, retriever)) return question;
  return tidy(readWords(question, dropped, retriever));
}

/** The words of a table's pairs in the question ("e" and "date" of "e date"). */
function pairWords(question: string, matches: RegExpExecArray[]): string[] {
  return matches.flatMap((match, i) => {
    const next = matches[i + 1];
    return next && pairReading(question, match, next) ? [match[0], next[0]] : [];
  });
}

/** Written with a letter English does not use ("câți", "oraș"): no English word, whatever the lexicon says. */
const accented = (word: string): boolean => /[^A-Za-z'’-]/.test(word);

/**
 * A word of another language's: one of FOREIGN_QUESTION_WORDS typed in lower case, or a word with an ending of
 * FOREIGN_ENDINGS after a hyphen ("Washington-la", "team-ku").
 */
const tableWord = (word: string): boolean =>
  (word === word.toLowerCase() && FOREIGN_QUESTION_WORDS.has(word)) || beforeForeignEnding(word) !== null;

/**
 * An English question with another language's question words in it, read with them in English: "Câți asylum seekers
 * are getting the questionnaire?", "Cine e the Cambodian foreign minister who sat down with Blinken?". Too few of
 * its words are foreign for withForeignWordsDropped, so each word of FOREIGN_QUESTION_WORDS (two words before one)
 * that is no English word and that the archive never writes is read, in lower case or opening a sentence; every
 * other word stays as typed. Unchanged when there is none.
 */
export function withForeignQuestionWordsRead(question: string, retriever: Archive): string {
  if (!retriever.holdsTerm) return question;
  const matches = [...question.matchAll(WORD)];
  const typedSo = (word: string, at: number): boolean =>
    word === word.toLowerCase() || /(?:^|[.?!:;—,]\s*)$/.test(question.slice(0, at));
  const foreign = (word: string, at: number): boolean =>
    typedSo(word, at) && (accented(word) || notEnglish(word)) && archiveLacks(word, retriever);
  let out = "";
  let at = 0;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i] as RegExpExecArray;
    const next = matches[i + 1];
    const pairRead = pairReading(question, match, next);
    // A pair ("la ce", "cine e") is read when either of its words is one the archive never writes.
    if (
      pairRead &&
      next &&
      typedSo(match[0], match.index) &&
      next[0] === next[0].toLowerCase() &&
      (archiveLacks(match[0], retriever) || archiveLacks(next[0], retriever))
    ) {
      out += question.slice(at, match.index) + pairRead;
      at = next.index + next[0].length;
      i++;
      continue;
    }
    const read = FOREIGN_QUESTION_WORDS.get(match[0].toLowerCase());
    if (!read || !foreign(match[0], match.index)) continue;
    out += question.slice(at, match.index) + read;
    at = match.index + match[0].length;
  }
  return at === 0 ? question : tidy(out + question.slice(at));
}

/**
 * The question's words read: its question words in English (foreign-question-words.ts, two words before one), an
 * English word right after one kept ("chand dollar": "how many dollar"), the archive's words of a word joined by
 * hyphens kept ("colony-ye": "colony", a Persian ending), and the other words of `dropped` left out.
 */
function readWords(question: string, dropped: ReadonlySet<string>, retriever: Archive): string {
  const matches = [...question.matchAll(WORD)];
  let out = "";
  let at = 0;
  let afterAsking = false;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i] as RegExpExecArray;
    const next = matches[i + 1];
    out += question.slice(at, match.index);
    at = match.index + match[0].length;
    const pairRead = pairReading(question, match, next);
    if (pairRead && next) {
      at = next.index + next[0].length;
      i++;
    }
    const read = pairRead ?? FOREIGN_QUESTION_WORDS.get(match[0].toLowerCase());
    out += read ?? readWord(match[0], dropped, afterAsking, retriever);
    afterAsking = read !== undefined;
  }
  return out + question.slice(at);
}

/** A word that is no question word: kept, left out, or only its hyphenated parts the archive writes kept. */
function readWord(
  word: string,
  dropped: ReadonlySet<string>,
  afterAsking: boolean,
  retriever: Archive,
): string {
  if (word.includes("-")) {
    // "Evans-a", "captain-a", "dollars-ku": a Tamil ending after the hyphen is read as nothing, and the word before it
    // kept unless it is no English word and the archive never writes it.
    const stem = beforeForeignEnding(word);
    if (stem === null) return archiveParts(word, retriever);
    if (stem.includes("-")) return archiveParts(stem, retriever);
    return unwritten(stem, retriever) && notEnglish(stem) ? "" : stem;
  }
  return !dropped.has(word) || (afterAsking && isEnglishWord(word)) ? word : "";
}

/**
 * The parts of a hyphenated word that are English words the archive writes, or names ("referendum-e" → "referendum",
 * "dokhtar-haye" → ""); a word whose every part is such a word ("Sweden-South", "self-medication") as it is.
 */
function archiveParts(word: string, retriever: Archive): string {
  const parts = word.split("-").filter(Boolean);
  const known = parts.filter(
    (part) =>
      retriever.holdsTerm?.(passingTerm(part.toLowerCase())) === true &&
      (part !== part.toLowerCase() || isEnglishWord(part)),
  );
  return known.length === parts.length ? word : known.join(" ");
}

/** The line that says which words of a question in another language were read, so none of it passes for a full reading. */
export function partlyReadNote(read: string): string {
  return `I could read only part of that question, as “${read}”.`;
}

/** Spaces and marks left where words were taken out. */
function tidy(kept: string): string {
  return kept
    .replace(/\s+([?!.,;:])/g, "$1")
    .replace(/[,;:]+([?!.])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .replace(/^[\s,;:—-]+/, "")
    .trim();
}
