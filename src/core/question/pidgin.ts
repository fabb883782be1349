/**
 * Nigerian Pidgin mixed with English, as many readers in Nigeria and Ghana type it: "abeg who be the foreign minister
 * for Cambodia wey sit down with Blinken?", "how many pikin dem test for the iodine study?", "the oga for CCHR na
 * who?", "the man wey talk say …, wetin be him name?". The archive writes the English words, so "wetin", "wey",
 * "pikin", "abeg" matched nothing: they counted as words the archive lacks, and such questions were refused. Pidgin
 * keeps English's order, so each sentence is read word by word: "wetin" is "what", "wey" "who" or "that", "be" and
 * "dey" "is", "na when" "when", "for" "of" after a post ("minister for Cambodia") and "in" before a place or a year,
 * "him name" "his name", "talk say" "said"; the particles that only stand between the others are left out ("abeg",
 * "sef", "sha", "o", "abi"), and a question word asked last ("… na who?") is asked first ("who is …").
 * Several of these words are English ("be", "for", "don", "go", "am") or a word of another language read ("na",
 * "una"), so a message is read so only when it carries at least two different words that only Pidgin writes. Pidgin
 * shares words with Jamaican Patois ("dem", "di", "pickney"): a message is Pidgin's when it carries more words only
 * Pidgin writes than words only Patois writes, and it is read here before patois.ts, each word Patois knows read as
 * Patois reads it ("dem": "them", "pickney": "children"), so that the Patois reader finds nothing left to read.
 */
import { ownEntry } from "../../text/own-entry";
import { ENGLISH as PATOIS, MARKERS as PATOIS_MARKERS } from "./patois";
import {
  ASKING,
  DENIES,
  DON_MARKS,
  ENGLISH,
  JOINING,
  KEEPS_BE,
  MARKERS,
  O_MARKS,
  PERSONS,
  PLACES,
  POSTS,
  SHARED,
  SUBJECTS,
} from "./pidgin-words";
import { hasTwoMarkers, markersOf, readBySentence, type Word, wordsOf } from "./read-by-sentence";

/** What stands before a word that opens a sentence. */
const OPENING = /(?:^|[.!?]\s*)$/u;

/**
 * Whether a word is typed as a word, not as a name ("Wey Bridge", "Don Lemon", "SHA"): in lower case, or capitalised
 * opening a sentence before a word that is not.
 */
function typedAsWord(word: string, before: string, after: string): boolean {
  const lower = word.toLowerCase();
  if (word === lower) return true;
  return (
    word === `${lower[0]?.toUpperCase()}${lower.slice(1)}` &&
    OPENING.test(before) &&
    !/^\s*\p{Lu}/u.test(after)
  );
}

/** Whether a word of `text` (with the text after it) is one of `words`, typed as a word. */
const isOneOf =
  (text: string, words: ReadonlySet<string>) =>
  (word: string, after: string): boolean =>
    words.has(word.toLowerCase()) &&
    typedAsWord(word, text.slice(0, text.length - after.length - word.length), after);

/**
 * Whether a message is Pidgin: two different MARKERS or SHARED words (or "don" before a verb, "o" closing a clause),
 * at least one of them Pidgin's alone, and more of Pidgin's own than words only Patois writes ("Wah di pikin dem seh
 * inna di yard?" is Patois's: one of Pidgin's, "seh" and "inna" of Patois).
 */
/**
 * "wetin" opening a clause marks Pidgin alone: it asks, and no English writes it ("EBA, wetin the letters mean? I no
 * sabi am", its second sentence left out as a remark). Not inside one ("Did the wetin o-ring fail?").
 */
const WETIN_OPENS = /(?:^|[,.;:?!—–]\s*)(?:wetin|watin)\s+\p{L}/iu;

export function isPidgin(text: string): boolean {
  const own = isOneOf(text, MARKERS);
  const mine = (word: string, after: string) =>
    own(word, after) || (word === "don" && DON_MARKS.test(after)) || (word === "o" && O_MARKS.test(after));
  const shared = isOneOf(text, SHARED);
  const pidgin = markersOf(text, mine).size;
  if (
    pidgin === 0 ||
    !(
      WETIN_OPENS.test(text) || hasTwoMarkers(text, (word, after) => mine(word, after) || shared(word, after))
    )
  )
    return false;
  const patois = [...markersOf(text, isOneOf(text, PATOIS_MARKERS))].filter((word) => !SHARED.has(word));
  return pidgin > patois.length;
}

/** A question word asked last, after "na" or "be": "the oga for CCHR na who". */
const ASKED_LAST = new RegExp(String.raw`^(.+?)[\s,]+(?:na|be)\s+(${Object.keys(ASKING).join("|")})$`, "iu");

/** Phrases read as one, before the words: each [typed, read]. */
const PHRASES: [RegExp, string][] = [
  // "make una tell me …", "abeg make you help us …": "tell me …".
  [/(^\s*|[,;:]\s*|\b(?:abeg|biko|pls|please)\s+)make\s+(?:una|you)\s+/giu, "$1"],
  // "the man wey talk say …": "the man who said …".
  [/\b(?:talk|tok|yarn|yan)\s+(?:say|sey|se)\b/giu, "said"],
  // "e get any number?": "is there any number?".
  [/(^\s*|[,;:]\s*)e\s+get\b/giu, "$1is there"],
  // "how far, …": a greeting; "wetin make …": "why …".
  [/^\s*how\s+far\s*,\s*/iu, ""],
  [/\b(?:wetin|watin)\s+make\b/giu, "why"],
  // "wetin happen for …", "wetin dey happen": "what happened in …".
  [/\b(?:wetin|watin)\s+(?:dey\s+|don\s+)?happen\b/giu, "what happened"],
  [/\bdon\s+happen\b/giu, "happened"],
  // "na when …", "na who …": the question word alone ("na" only stresses it).
  [/\bna\s+(?=(?:who|wetin|watin|what|when|wen|where|wia|which|how|why)\b)/giu, ""],
];

/** A word read in English by what stands around it; null when its reading does not depend on them. */
function inContext(list: Word[], at: number): string | null {
  const word = list[at] as Word;
  const previous = list[at - 1];
  const next = list[at + 1];
  const before = previous?.lower ?? "";
  // A name before and after: "Cambodia Center for Human Rights".
  const inName = (/^\p{Lu}/u.test(previous?.typed ?? "") || !previous) && /^\p{Lu}/u.test(next?.typed ?? "");
  switch (word.lower) {
    case "na":
      return "is";
    case "wey":
      // "the man wey …", "Prak Sokhonn wey …": "who"; "the party wey …": "that".
      return PERSONS.has(before) || /^\p{Lu}/u.test(previous?.typed ?? "") ? "who" : "that";
    case "be":
      return KEEPS_BE.has(before) ? "be" : "is";
    case "for":
      if (POSTS.has(before)) return "of";
      if (inName || !next || previous?.after) return "for";
      // "for Mecca", "for 2015", "happened for …": "in".
      return /^(?:\p{Lu}|\d{4}$)/u.test(next.typed) || before === "happened" ? "in" : "for";
    case "him":
    case "im":
      // "wetin be him name", "him wife": "his".
      if (
        next &&
        !word.after &&
        (at === 0 || ["be", "is", "na", "for", "of", "wetin", "watin", "with", "about"].includes(before)) &&
        !["be", "dey", "don", "go", "no", "fit", "na", "wey", "said"].includes(next.lower)
      )
        return "his";
      return word.lower === "him" ? "him" : "he";
    case "no":
      return DENIES.has(before) ? "not" : "no";
    case "go":
      // "dem go do …", "e go happen": "will"; "dem go Washington", "go back": as typed.
      return SUBJECTS.has(before) && next && next.typed === next.lower && !PLACES.has(next.lower)
        ? "will"
        : "go";
    case "pikin":
      // "how many pikin", "pikin dem": "children".
      return before === "many" || /^\d/u.test(previous?.typed ?? "") || next?.lower === "dem"
        ? "children"
        : "child";
    case "am":
      return before === "i" ? "am" : "it";
    default:
      return null;
  }
}

/** A word in English: left out (empty) when it only stands between the others, read, or as typed. */
function english(list: Word[], at: number): string {
  const word = list[at] as Word;
  const { typed, lower } = word;
  // A name, a word in capitals, a capital inside the sentence: as typed.
  const first = at === 0 && typed === `${lower[0]?.toUpperCase()}${lower.slice(1)}`;
  if (typed !== lower && !first) return typed;
  if (JOINING.has(lower)) return "";
  const read = inContext(list, at) ?? ownEntry(ENGLISH, lower) ?? ownEntry(PATOIS, lower);
  if (read === undefined) return typed;
  return first && read ? `${read[0]?.toUpperCase()}${read.slice(1)}` : read;
}

/** Particles that open or end a sentence around a question word asked last: "abeg, … na who", "… na when sef". */
const PARTICLES = [...JOINING].join("|");
const FIRST_PARTICLES = new RegExp(String.raw`^(?:(?:${PARTICLES})[\s,]+)+`, "iu");
const LAST_PARTICLES = new RegExp(String.raw`(?:[\s,]+(?:${PARTICLES}))+[\s,]*$`, "iu");

/** A capital that only opens the sentence: its word's other letters small. */
const OPENING_CAPITAL = /^\p{Lu}(?=\p{Ll}*\s)/u;

/** One sentence read in English words, a question word asked last asked first. */
function readSentence(sentence: string, end: string): string {
  const last = ASKED_LAST.exec(sentence.trim().replace(FIRST_PARTICLES, "").replace(LAST_PARTICLES, ""));
  // "The oga for CCHR na who": "who is the oga for CCHR", its first word no longer opening the sentence.
  const question = last ? ownEntry(ASKING, (last[2] as string).toLowerCase()) : undefined;
  const asked =
    last && question
      ? `${question} is ${(last[1] as string).replace(OPENING_CAPITAL, (letter) => letter.toLowerCase())}`
      : sentence;
  const list = wordsOf(PHRASES.reduce((text, [phrase, read]) => text.replace(phrase, read), asked));
  const out: string[] = [];
  let marks = "";
  for (const [at, word] of list.entries()) {
    const read = english(list, at);
    if (read) {
      if (out.length) out[out.length - 1] += marks;
      marks = "";
      out.push(`${word.before}${read}${word.after}`);
    }
    // A word left out leaves its marks ("sef," "abeg:") to the word before, when a word follows.
    else marks += word.after.replace(/[^,;:]/gu, "");
  }
  return out.join(" ") + end;
}

/**
 * The message in English words, sentence by sentence, when it is written in Nigerian Pidgin (isPidgin); otherwise as
 * typed.
 */
export function withPidginRead(text: string): string {
  return isPidgin(text) ? readBySentence(text, readSentence) : text;
}
