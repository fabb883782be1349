/**
 * A message read sentence by sentence (hinglish.ts, taglish.ts, swahili.ts, spanglish.ts): each sentence without its
 * end marks, read, then its marks put back; a sentence left with no letter is dropped. And a sentence's words, each
 * with the marks around it; and whether a message is written in the language read at all.
 */
import { ownEntry } from "../../text/own-entry";
import { isEnglishWord } from "../../text/part-of-speech";

/** A word of a sentence: as typed, lower-cased, and the marks before and after it. */
export interface Word {
  typed: string;
  lower: string;
  before: string;
  after: string;
}

/** The sentence's words, split at spaces, each with the marks around it ("(Cambodia)," → "Cambodia"). */
export function wordsOf(sentence: string): Word[] {
  return [...sentence.matchAll(/\S+/gu)].map((match) => {
    const [, before = "", typed = "", after = ""] =
      /^([^\p{L}\p{N}_]*)(.*?)([^\p{L}\p{N}_]*)$/u.exec(match[0]) ?? [];
    return { typed, lower: typed.toLowerCase(), before, after };
  });
}

export function readBySentence(text: string, read: (sentence: string, end: string) => string): string {
  return [...text.matchAll(/[^.?!]+([.?!]+|$)/gu)]
    .map((match) => read(match[0].slice(0, match[0].length - (match[1] ?? "").length), match[1] ?? ""))
    .filter((sentence) => /\p{L}/u.test(sentence))
    .join(" ");
}

/**
 * The different words (lower-cased) of a message that only the language read writes: each word of `pattern` as typed,
 * with the text after it, goes to `isMarker`.
 */
export function markersOf(
  text: string,
  isMarker: (word: string, after: string) => boolean,
  pattern: RegExp = /[\p{L}'’-]+/gu,
): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(pattern))
    if (isMarker(match[0], text.slice((match.index ?? 0) + match[0].length)))
      found.add(match[0].toLowerCase());
  return found;
}

/** Whether a message carries two different words (lower-cased) that only the language read writes (markersOf). */
export function hasTwoMarkers(
  text: string,
  isMarker: (word: string, after: string) => boolean,
  pattern: RegExp = /[\p{L}'’-]+/gu,
): boolean {
  return markersOf(text, isMarker, pattern).size >= 2;
}

/** A language's question words in English, the words before one that go with it, and those that take a noun. */
export interface AskingWords {
  asking: Readonly<Record<string, string>>;
  beforeAsking: Readonly<Record<string, string>>;
  takesNoun: ReadonlySet<string>;
}

/**
 * The question word at `at` in English, with the word before it that goes with it ("en qué año", "en quelle année":
 * "in which"), and the span of the sentence it stands for: `from` its first word, `to` past the question word (a
 * reader that takes the noun after it moves `to` on). Spanglish and Franglais read so.
 */
export function askingHead(
  list: Word[],
  at: number,
  words: AskingWords,
): { asking: Word; head: string[]; from: number; to: number } {
  const asking = list[at] as Word;
  const head = [ownEntry(words.asking, asking.lower) as string];
  const before = at > 0 ? ownEntry(words.beforeAsking, (list[at - 1] as Word).lower) : undefined;
  return before && words.takesNoun.has(asking.lower)
    ? { asking, head: [before, ...head], from: at - 1, to: at + 1 }
    : { asking, head, from: at, to: at + 1 };
}

/** The sentence read with its question words first (`head`), then the rest of its words but `from`…`to`, in English. */
export function headFirst(
  head: string[],
  list: Word[],
  span: { from: number; to: number },
  english: (rest: Word[]) => string[],
  end: string,
): string {
  // "y cuánto quedó", "et combien …": an opening "and" stays first ("and how much …"), as English asks it.
  const opening = english(list.slice(0, span.from));
  const and = opening.length === 1 && opening[0]?.toLowerCase() === "and" ? opening : [];
  const rest = and.length ? list.slice(span.to) : [...list.slice(0, span.from), ...list.slice(span.to)];
  return [...and, ...head, ...english(rest)].filter(Boolean).join(" ") + end;
}

/** A reader's word tables: the words that only join, the question words and the other words, each in English. */
export interface WordTables {
  joining: ReadonlySet<string>;
  asking: Readonly<Record<string, string>>;
  english: Readonly<Record<string, string>>;
}

/**
 * A word in English: left out (empty) when it only joins, from the tables, a phrase's words ("United_States"), as
 * typed when it is a name or English, else by `cognate` (a word written like its English one) or as typed. Only
 * called on a message already read as the language (the lexicon is loaded then, never for plain English).
 */
export function wordInEnglish(
  typed: string,
  tables: WordTables,
  cognate: (lower: string) => string | null | undefined,
): string {
  const lower = typed.toLowerCase();
  if (tables.joining.has(lower)) return "";
  const known = ownEntry(tables.asking, lower) || ownEntry(tables.english, lower);
  if (known) return known;
  if (typed.includes("_")) return typed.replace(/_/g, " ");
  if (/^\p{Lu}/u.test(typed) || isEnglishWord(lower)) return typed;
  return cognate(lower) ?? typed;
}
